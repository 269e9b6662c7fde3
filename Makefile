# The two commands a new user needs:  make run   and   make test
.DEFAULT_GOAL := help
SHELL := /bin/bash
PY := .venv/bin/python

.PHONY: help setup train run run-cluster admin chat test check lint eval eval-real bench bench-cluster lock clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: ## Create .venv (Python 3.10) and install the pinned dependencies
	@bash scripts/setup.sh

train: setup ## Train the model if training data or config changed
	@bash scripts/train.sh

run: ## Set up, train if needed, and run the assistant (Ctrl-C stops it)
	@bash scripts/run.sh

run-cluster: ## Run N Rasa servers and M action servers behind HAProxy (needs REDIS_URL, PostgreSQL; docs/deploy.md)
	@RASA_SERVERS=$(or $(N),3) ACTION_SERVERS=$(or $(M),2) bash scripts/run_cluster.sh

admin: setup ## Create a staff console admin account (asks for the password)
	@read -r -p "Admin username: " u && read -r -p "Display name: " n && \
	  $(PY) -m assistant.cli create-admin --username "$$u" --display-name "$$n"

chat: ## Chat in the terminal with the running assistant
	@$(PY) -m assistant.cli chat

test: ## Set up, train if needed, and run every test
	@bash scripts/test.sh

lint: setup ## Static checks
	@.venv/bin/ruff check assistant actions rasa_addons rasa_sdk_plugins tests bench

check: lint test ## Lint and test, as CI does

eval: train ## NLU evaluation on the held-out test set (writes bench/results/)
	@bash scripts/eval.sh

eval-real: train ## Real public patient questions: right, unsure, escalated, wrong (bench/results/real_phrasing.md)
	@$(PY) bench/evaluate_real_phrasing.py --write bench/results/real_phrasing.md

bench: train ## Load benchmark against this assistant and stock `rasa init`
	@bash scripts/bench.sh

bench-cluster: train ## Throughput and p95 latency for 1, 2 and 3 Rasa servers behind HAProxy (bench/results/cluster.md)
	@bash scripts/haproxy.sh && $(PY) bench/cluster.py

lock: ## Re-resolve requirements/*.in into requirements/lock.txt
	@bash scripts/lock.sh

clean: ## Remove models, results and local databases (keeps .venv)
	rm -rf models results var
