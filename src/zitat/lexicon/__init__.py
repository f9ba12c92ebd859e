"""Word lists the rules rely on: cue verbs, pronouns, function words, role nouns."""
