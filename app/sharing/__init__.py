"""Sharing the place's database from one PC (the main PC): its server, the desks that join it,
finding it on the local network, and moving a single desk's file into it.

No Qt here: the pages of Réglages and the first-run wizard call these functions.
"""
