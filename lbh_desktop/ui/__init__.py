"""The Qt features, one folder each, over shared/; no feature imports another."""
