"""The spaCy pipeline: sentence bounds, direct quotes, speakers. Factories in factories.py."""
