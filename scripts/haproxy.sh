#!/usr/bin/env bash
# Makes sure HAProxy (Debian package 'haproxy') is installed: it balances the
# Rasa servers of `make run-cluster` and of the cluster tests.
source "$(dirname "$0")/common.sh"
bash "$ROOT/scripts/apt_package.sh" haproxy haproxy "the cluster of Rasa servers"
