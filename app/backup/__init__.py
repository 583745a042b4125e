"""Verified backups of the database, one module per job:

- files: names, listing, checking a database file (`integrity_problems`);
- snapshot: making a backup (`create_backup`) and its copy in a second folder;
- encryption: the encrypted file format (AES-256-GCM, scrypt) and its round trip;
- rotation: which backups to keep (7 daily, 4 weekly, 12 monthly);
- restore: checking a backup and putting it back in place of the database;
- schedule: when backups happen by themselves.
"""
