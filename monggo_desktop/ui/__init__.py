"""Qt only: windows, models, delegates, dialogs. Talks to services, never to storage or cloud."""
