"""`make test`, `make audit` and `make outputs`: the orchestration of their pytest runs.

The backend is fixed when Keras is imported, so each backend gets a pytest process of its own
(verify/backends.py lists them). `test` runs the other backends' snippets first, then builds the
site once and runs the primary backend's snippets with every test of the project; `outputs`
measures each backend, then draws the plots and executes the notebooks. Both print a header per
step as they go, and end with a summary of the steps.

    python -m tools.suite test       # BACKENDS, SHARD=k/n, WORKERS from the environment
    python -m tools.suite audit      # the browser tests and Lighthouse on every page
    python -m tools.suite outputs    # SNIPPET=snippets/NN_slug/NN_name.py for one

SHARD=k/n runs the k-th of n parts of each backend's snippets (pytest-split, balanced by the
durations in .test_durations); the tests beyond the snippets run with shard 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from verify import backends

SITE = ".cache/test-site"  # the one build that the site, browser and Lighthouse tests share


class Steps:
    """Runs commands, each under a header; remembers how each went, for the summary."""

    def __init__(self):
        self.done: list[tuple[str, int, float]] = []

    def run(self, title: str, *command: str, **env: str) -> bool:
        print(f"=== {title} ===", flush=True)
        started = time.perf_counter()
        code = subprocess.run(command, env={**os.environ, **env}).returncode
        self.done.append((title, code, time.perf_counter() - started))
        return code == 0

    def summary(self) -> int:
        print("\nSummary:")
        for title, code, seconds in self.done:
            print(f"  {'ok    ' if code == 0 else 'FAILED'} {seconds:6.0f} s  {title}")
        failed = [title for title, code, _ in self.done if code]
        print(f"{len(self.done) - len(failed)}/{len(self.done)} steps passed", flush=True)
        return 1 if failed else 0


def chosen() -> list[backends.Backend]:
    """The backends named in BACKENDS (default: all), the primary one last."""
    return sorted(backends.chosen(), key=lambda b: b == backends.PRIMARY)


def pytest(*args: str) -> list[str]:
    workers = os.environ.get("WORKERS", "2")
    return [sys.executable, "-m", "pytest", "-n", workers, "--dist", "loadfile", *args]


def test() -> int:
    steps = Steps()
    shard = os.environ.get("SHARD", "")
    group, _, splits = shard.partition("/")
    split = ["--splits", splits, "--group", group] if shard else []
    tests = pytest("-m", "not lighthouse", "--site", SITE)
    for backend in chosen():
        env = {"KERAS_BACKEND": backend.name}
        if backend != backends.PRIMARY:
            if not steps.run(
                f"Keras backend {backend.name}: the snippets", *pytest(*split, "snippets"), **env
            ):
                break
            continue
        if not steps.run(
            "The strict build of the site, once", sys.executable, "-m", "verify.site", SITE
        ):
            break
        if shard:
            steps.run(
                f"Keras backend {backend.name}: the snippets, shard {shard}",
                *pytest(*split, "snippets"),
                **env,
            )
            if group == "1":
                steps.run(
                    "The tests (browser: a page per template)",
                    *pytest("-m", "not lighthouse", "--site", SITE, "tests", "docs"),
                    **env,
                )
        else:
            title = f"Keras backend {backend.name}: the snippets and the tests"
            steps.run(f"{title} (browser: a page per template)", *tests, **env)
    return steps.summary()


def audit() -> int:
    """What `make test` samples, on every page: the browser tests, then Lighthouse one page at a
    time (its scores suffer from a busy CPU)."""
    steps = Steps()
    if steps.run("The strict build of the site", sys.executable, "-m", "verify.site", SITE):
        browser = pytest("-m", "browser", "--all-pages", "--site", SITE, "tests")
        steps.run("Browser tests on every page", *browser)
        lighthouse = ["-p", "no:xdist", "-m", "lighthouse", "--all-pages", "--site", SITE, "tests"]
        steps.run(
            "Lighthouse on every page, one at a time", sys.executable, "-m", "pytest", *lighthouse
        )
    return steps.summary()


def outputs(selected: list[str]) -> int:
    steps = Steps()
    targets = selected or ["snippets"]
    for backend in chosen():
        command = pytest("-q", "--record-verified", "--update-outputs", *targets)
        if not steps.run(
            f"Verifying on {backend.name}, writing what each snippet printed",
            *command,
            KERAS_BACKEND=backend.name,
        ):
            return steps.summary()
    if steps.run(
        f"Plots ({backends.PRIMARY.name})", sys.executable, "-m", "tools.outputs", *selected
    ):
        steps.run("Executed notebooks", sys.executable, "-m", "tools.notebooks", *selected)
    return steps.summary()


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        return test()
    if argv[:1] == ["audit"]:
        return audit()
    if argv[:1] == ["outputs"]:
        return outputs(argv[1:] or os.environ.get("SNIPPET", "").split())
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
