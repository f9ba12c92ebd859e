"""Text handling below the pipeline: decoding, quotation marks, bylines."""
