"""The judge: gold reader, the published scorer and its token-micro variant, the runner."""
