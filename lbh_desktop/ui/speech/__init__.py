"""The voice: engines (Qt TextToSpeech, espeak-ng), their probe, set-up and voice settings."""
