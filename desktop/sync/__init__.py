"""Sync bundles: the signed, encrypted file an office carries to the regional centre and back.

keys: a site's signing and encryption keys and their fingerprints; container: the bundle file
itself (docs/bundle-format.md). What goes into a bundle and how it is merged is built on these.
"""
