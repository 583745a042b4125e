"""Use cases. Each function takes a session (or an engine) and plain values, checks the actor's
permission, and returns plain values or model objects. The UI and the CLI both call these."""
