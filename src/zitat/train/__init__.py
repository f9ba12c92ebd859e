"""`zitat train`: builds the shipped models from the shared data."""
