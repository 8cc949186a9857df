"""The player page: countdown view, controller, mat mode, This hurts, sounds and step-up review."""
