"""The Qt window: pages, item models and dialogs. Uses ``core`` and ``reports``, never SQL."""
