#!/usr/bin/env python3
"""Runs lambda-lint on a corpus of public Java Lambda projects and scores it against hand-written labels.

For each repository of repos.tsv: check out the pinned commit from a local mirror into a scratch directory,
run the plugin in every listed Lambda module the way a user would (no configuration), read each module's
target/lambda-lint/lambda-lint.json and match its findings to labels.tsv (same rule, same file, line within
+/-2). Prints recall per rule, trap hits (false positives), and every finding nobody labelled.

Standard library only. See README.md in this folder for how to run it.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = "dev.lambdalint:lambda-lint-maven-plugin"
LINE_TOLERANCE = 2
MODULE_TIMEOUT_S = 900

Label = collections.namedtuple("Label", "repo module kind rule file line needs why")
Finding = collections.namedtuple("Finding", "repo module rule file line message severity")


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield number, line.split("\t")


def read_repos(path):
    repos = []
    for number, cols in read_tsv(path):
        if len(cols) < 3:
            sys.exit(f"{path}:{number}: expected repo, commit, modules, notes (tab-separated)")
        modules = []
        for m in cols[2].split(","):
            m = m.strip()
            gradle = m.startswith("gradle:")
            modules.append((m[len("gradle:"):] if gradle else m, gradle))
        repos.append({"repo": cols[0], "commit": cols[1], "modules": modules})
    return repos


def read_labels(path):
    labels = []
    for number, cols in read_tsv(path):
        if len(cols) != 8 or cols[2] not in ("problem", "trap", "unsure"):
            sys.exit(f"{path}:{number}: expected repo, module, kind (problem|trap|unsure), rule, file, line, "
                     "needs, why (tab-separated)")
        labels.append(Label(cols[0], cols[1], cols[2], cols[3], cols[4], int(cols[5]), cols[6], cols[7]))
    return labels


def project_version(checkout):
    root = ET.parse(os.path.join(checkout, "pom.xml")).getroot()
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    version = root.find("m:version", ns)
    if version is None:
        sys.exit(f"{checkout}/pom.xml has no <version>")
    return version.text.strip()


def run(cmd, cwd, log_path, timeout):
    with open(log_path, "w", encoding="utf-8") as log:
        log.write("$ " + " ".join(cmd) + "\n")
        log.flush()
        try:
            return subprocess.run(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            log.write(f"\n(timed out after {timeout} s)\n")
            return 124


def tail(path, lines=15):
    with open(path, encoding="utf-8", errors="replace") as f:
        return "".join(f.readlines()[-lines:])


def install_plugin(checkout, m2, work):
    log = os.path.join(work, "install.log")
    cmd = ["mvn", "-B", "-ntp", "-q", "-pl", "rules,plugin,cli", "-am", "install", "-DskipTests", "-Dinvoker.skip",
           f"-Dmaven.repo.local={m2}"]
    print(f"installing the plugin from {checkout} into {m2} (and building the command line's jar) ...", flush=True)
    if run(cmd, checkout, log, 1800) != 0:
        sys.exit(f"installing the plugin failed; see {log}:\n{tail(log)}")


def mirror_of(mirrors, repo):
    git_dir = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    # the fetch tool sometimes leaves a non-bare clone, whose git directory is repo/.git
    nested = os.path.join(git_dir, ".git")
    return nested if os.path.isdir(nested) else git_dir


def check_out(git_dir, commit, dest):
    """Writes every file of the commit the mirror holds (snapshots lack files of 4 MiB and more) into dest."""
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    tree = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--full-tree", commit],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    blobs = [entry for entry in tree if entry.split(" ", 2)[1] == "blob"]
    ids = "\n".join(entry.split(" ", 2)[2].split("\t", 1)[0] for entry in blobs) + "\n"
    present = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch-check=%(objectname) %(objecttype)"],
                             input=ids, capture_output=True, text=True, check=True).stdout.split("\n")
    have = {line.split(" ")[0] for line in present if line.endswith(" blob")}
    keep = [entry for entry in blobs if entry.split(" ", 2)[2].split("\t", 1)[0] in have]
    env = dict(os.environ, GIT_INDEX_FILE=os.path.join(os.path.dirname(dest), ".corpus-index-" + os.path.basename(dest)))
    try:
        subprocess.run(["git", "--git-dir", git_dir, "read-tree", "--empty"], env=env, check=True)
        subprocess.run(["git", "--git-dir", git_dir, "update-index", "--index-info"],
                       input="\n".join(keep) + "\n", text=True, env=env, check=True)
        subprocess.run(["git", "--git-dir", git_dir, "--work-tree", dest, "checkout-index", "-a", "-f",
                        "--prefix=" + dest + "/"], env=env, check=True)
    finally:
        if os.path.exists(env["GIT_INDEX_FILE"]):
            os.remove(env["GIT_INDEX_FILE"])
    # the repository root as a user's clone has it: a .git folder (an empty repository; history is not needed)
    subprocess.run(["git", "init", "-q", dest], check=True)
    return len(blobs) - len(keep)


GENERATED_POM = """<?xml version="1.0" encoding="UTF-8"?>
<!-- written by lambda-lint's corpus runner: a stand-in for a POM Maven cannot read here -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>corpus.generated</groupId>
  <artifactId>{artifact}</artifactId>
  <version>0</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
</project>
"""


def reactor_root(checkout_root, module_dir):
    """The top of the chain of POMs above the module that each list the one below as a module (the folder a user
    runs a multi-module build from), or the module itself."""
    top = os.path.normpath(checkout_root)
    current = os.path.normpath(module_dir)
    while current != top:
        parent = os.path.dirname(current)
        if current not in listed_modules(parent):
            break
        current = parent
    return current


def listed_modules(folder):
    """The module folders a POM in this folder lists (its <modules>, profiles left out)."""
    pom = os.path.join(folder, "pom.xml")
    if not os.path.exists(pom):
        return set()
    try:
        root = ET.parse(pom).getroot()
    except ET.ParseError:
        return set()
    return {os.path.normpath(os.path.join(folder, m.text.strip()))
            for section in root if section.tag.rsplit("}", 1)[-1] == "modules"
            for m in section if m.text and m.text.strip()}


def mvn_check(version, m2, extra, module_dir):
    # the report is asked for in the module's target/ by absolute path: a POM may move its build directory
    # elsewhere (one corpus project sets it to ${user.home}/Downloads/...), where findings_of would not look
    report_dir = os.path.join(os.path.abspath(module_dir), "target", "lambda-lint")
    return ["mvn", "-B", "-q", "-ntp", f"-Dmaven.repo.local={m2}"] + extra + \
        [f"{PLUGIN}:{version}:check", "-Dlambda-lint.failOnViolation=false", f"-Dlambda-lint.outputDirectory={report_dir}"]


def lint(repo, module, module_dir, checkout_root, version, m2, log):
    """Runs check as a user would: from the top of the reactor with -pl when the module belongs to one (so the
    modules it depends on are part of the build), else in the module. Falls back to the module alone, then to a
    stand-in POM, when Maven cannot read the project. Returns (exit code, findings or None, handlers, how)."""
    root = reactor_root(checkout_root, module_dir)
    how = []
    if root != os.path.normpath(module_dir):
        code = run(mvn_check(version, m2, ["-pl", os.path.relpath(module_dir, root)], module_dir), root, log, MODULE_TIMEOUT_S)
        found, handlers = findings_of(repo, module, module_dir, checkout_root)
        if found is not None:
            where = os.path.relpath(root, checkout_root)
            return code, found, handlers, f"run from the reactor at {'the repository root' if where == '.' else where}"
        how.append("the reactor could not be read: run in the module")
        log = log.replace(".log", ".module.log")
    code = run(mvn_check(version, m2, [], module_dir), module_dir, log, MODULE_TIMEOUT_S)
    found, handlers = findings_of(repo, module, module_dir, checkout_root)
    reason = unresolvable_model(log) if found is None else None
    if reason:
        # the module's POM names a parent or an imported BOM the Maven repository here cannot serve: measure the
        # engine on the same sources through a stand-in POM, and say so
        os.replace(os.path.join(module_dir, "pom.xml"), os.path.join(module_dir, "pom.xml.corpus-original"))
        with open(os.path.join(module_dir, "pom.xml"), "w", encoding="utf-8") as f:
            f.write(GENERATED_POM.format(artifact=os.path.basename(module) or "module"))
        code = run(mvn_check(version, m2, [], module_dir), module_dir, log.replace(".log", ".stand-in.log"), MODULE_TIMEOUT_S)
        found, handlers = findings_of(repo, module, module_dir, checkout_root)
        how.append(f"stand-in POM ({reason})")
    return code, found, handlers, "; ".join(how)


def lint_gradle(repo, module, module_dir, checkout_root, jar, log):
    """Runs check in a Gradle module as a Gradle user does: the command line's jar (see the project README's
    Gradle section), with no option. Returns (exit code, findings or None, handlers, how)."""
    code = run(["java", "-jar", jar, "check", "--no-fail", module_dir], module_dir, log, MODULE_TIMEOUT_S)
    found, handlers = findings_of(repo, module, module_dir, checkout_root)
    return code, found, handlers, "command line (Gradle)"


def unresolvable_model(log):
    """The first line saying why Maven could not build the module's model from its POM, or None."""
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            found = re.search(r"Non-resolvable (import|parent) POM.*?: (\S+:pom:\S+) was not found", line)
            if found:
                return f"{found.group(1)} POM {found.group(2)} not served by the Maven repository in reach"
            if "Non-resolvable" in line or "Could not find artifact" in line:
                return line.replace("[ERROR]", "").replace("[FATAL]", "").strip()[:160]
    return None


def findings_of(repo, module, module_dir, checkout_root):
    report = os.path.join(module_dir, "target", "lambda-lint", "lambda-lint.json")
    if not os.path.exists(report):
        return None, None
    with open(report, encoding="utf-8") as f:
        data = json.load(f)
    found = []
    for item in data.get("findings", []):
        path = item.get("path") or ""
        absolute = path if os.path.isabs(path) else os.path.normpath(os.path.join(module_dir, path))
        relative = os.path.relpath(absolute, checkout_root).replace(os.sep, "/")
        found.append(Finding(repo, module, item.get("ruleId"), relative, item.get("line") or 0,
                             " ".join((item.get("message") or "").split()), item.get("severity")))
    return found, data.get("summary", {}).get("handlers")


def match(labels, findings):
    """Pairs each label with the nearest unpaired finding of the same module, rule and file (line within
    LINE_TOLERANCE); returns {label index: finding index} and the unpaired finding indexes."""
    pairs = {}
    used = set()
    candidates = []
    for li, label in enumerate(labels):
        for fi, finding in enumerate(findings):
            if (finding.repo, finding.module, finding.rule, finding.file) == \
                    (label.repo, label.module, label.rule, label.file) \
                    and abs(finding.line - label.line) <= LINE_TOLERANCE:
                candidates.append((abs(finding.line - label.line), li, fi))
    for _, li, fi in sorted(candidates):
        if li not in pairs and fi not in used:
            pairs[li] = fi
            used.add(fi)
    return pairs, [fi for fi in range(len(findings)) if fi not in used]


def score(labels, findings, ran_modules):
    measured = [l for l in labels if (l.repo, l.module) in ran_modules]
    pairs, unlabelled = match(measured, findings)
    rules = sorted({l.rule for l in measured} | {f.rule for f in findings})
    table = []
    for rule in rules + ["total"]:
        def of(kind):
            return [i for i, l in enumerate(measured) if l.kind == kind and (rule == "total" or l.rule == rule)]
        problems, traps, unsure = of("problem"), of("trap"), of("unsure")
        table.append({
            "rule": rule,
            "problems": len(problems), "found": sum(1 for i in problems if i in pairs),
            "traps": len(traps), "trapHits": sum(1 for i in traps if i in pairs),
            # a trap in a module where no handler was found is passed without being put to the test
            "trapsTested": sum(1 for i in traps if ran_modules[(measured[i].repo, measured[i].module)]),
            "unsure": len(unsure), "unsureHits": sum(1 for i in unsure if i in pairs),
            "unlabelled": sum(1 for fi in unlabelled if rule == "total" or findings[fi].rule == rule),
        })
    by_need = collections.OrderedDict()
    for i, l in enumerate(measured):
        if l.kind == "problem":
            entry = by_need.setdefault(l.needs, [0, 0])
            entry[0] += 1
            entry[1] += 1 if i in pairs else 0
    return {
        "table": table,
        "byNeeds": by_need,
        "misses": [measured[i] for i, l in enumerate(measured) if l.kind == "problem" and i not in pairs],
        "trapHits": [(measured[i], findings[pairs[i]]) for i, l in enumerate(measured) if l.kind == "trap" and i in pairs],
        "unsureHits": [(measured[i], findings[pairs[i]]) for i, l in enumerate(measured)
                       if l.kind == "unsure" and i in pairs],
        "unlabelled": [findings[fi] for fi in unlabelled],
        "notMeasured": [l for l in labels if (l.repo, l.module) not in ran_modules],
    }


def pct(part, whole):
    return f"{100.0 * part / whole:.0f}%" if whole else "-"


def render(result, modules, meta):
    out = [f"# lambda-lint on the real-world corpus", "",
           f"lambda-lint {meta['version']} from {meta['checkout']} at {meta['commit']}; {meta['date']}; "
           f"{meta['modulesRun']} of {meta['modulesListed']} modules analysed ({meta['elapsed']:.0f} s)", "",
           "| rule | labelled problems | found | recall | traps (in modules with handlers) | trap hits | unsure (hit) | "
           "unlabelled findings |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for row in result["table"]:
        name = f"**{row['rule']}**" if row["rule"] == "total" else f"`{row['rule']}`"
        out.append(f"| {name} | {row['problems']} | {row['found']} | {pct(row['found'], row['problems'])} | "
                   f"{row['traps']} ({row['trapsTested']}) | {row['trapHits']} | {row['unsure']} ({row['unsureHits']}) | {row['unlabelled']} |")
    out += ["", "Recall by what a labelled problem needs (the `needs` column of labels.tsv):", "",
            "| needs | problems | found |", "|---|---:|---:|"]
    for needs, (total, found) in result["byNeeds"].items():
        out.append(f"| {needs} | {total} | {found} |")
    out += ["", "## Modules", "", "| repository | module | status | handlers | findings |", "|---|---|---|---:|---:|"]
    for m in modules:
        out.append(f"| {m['repo']} | {m['module']}{' (gradle)' if m['gradle'] else ''} | {m['status']} | "
                   f"{'' if m['handlers'] is None else m['handlers']} | {m['findings']} |")
    out += ["", "## Misses (labelled problems not reported)", ""]
    out += [f"- `{l.rule}` {l.file}:{l.line} [{l.needs}] — {l.why}" for l in result["misses"]] or ["none"]
    out += ["", "## Trap hits (labelled fine code reported: false positives)", ""]
    out += [f"- `{l.rule}` {l.file}:{f.line} — label: {l.why}\n  - reported: {f.message[:300]}"
            for l, f in result["trapHits"]] or ["none"]
    out += ["", "## Unsure labels reported", ""]
    out += [f"- `{l.rule}` {l.file}:{f.line} — {l.why}" for l, f in result["unsureHits"]] or ["none"]
    out += ["", "## Unlabelled findings (for a human to classify)", ""]
    out += [f"- `{f.rule}` {f.file}:{f.line} ({f.repo} {f.module}) — {f.message[:300]}"
            for f in result["unlabelled"]] or ["none"]
    if result["notMeasured"]:
        out += ["", f"{len(result['notMeasured'])} labels belong to modules that were not analysed "
                    "(missing mirror, failed build, --only) and are left out of every figure above."]
    return "\n".join(out) + "\n"


def rescore(work, labels):
    """Scores the findings of the last run kept in work against labels, without running Maven again."""
    try:
        with open(os.path.join(work, "findings.json"), encoding="utf-8") as f:
            findings = [Finding(**item) for item in json.load(f)]
        with open(os.path.join(work, "modules.json"), encoding="utf-8") as f:
            saved = json.load(f)
    except (OSError, ValueError, TypeError) as e:
        sys.exit(f"--rescore needs findings.json and modules.json of a full run in {work}: {e}")
    modules, meta = saved["modules"], saved["meta"]
    ran = {(m["repo"], m["module"]): m["handlers"] or 0 for m in modules if m.get("status", "").startswith("ok")}
    text = render(score(labels, findings, ran), modules, meta)
    print(text)
    with open(os.path.join(work, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"written: {work}/results.md (rescored with the current labels)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkout", default=os.path.normpath(os.path.join(HERE, "..", "..")),
                        help="the lambda-lint checkout to build and measure (default: the one holding this script)")
    parser.add_argument("--mirrors", default=os.environ.get("CORPUS_MIRRORS", "/work/.mirror"),
                        help="folder of bare git mirrors, one per repository at <owner>+<name>/repo "
                             "(default: $CORPUS_MIRRORS or /work/.mirror)")
    parser.add_argument("--work", default="/tmp/lambda-lint-corpus", help="scratch folder for checkouts and logs")
    parser.add_argument("--m2", default="/tmp/corpus-m2", help="Maven local repository used for everything here")
    parser.add_argument("--revision", default="",
                        help="how to name the measured revision in the results (default: the checkout's git HEAD)")
    parser.add_argument("--skip-install", action="store_true", help="use the plugin already installed in --m2")
    parser.add_argument("--only", default="", help="comma-separated repositories (owner/name) to run")
    parser.add_argument("--rescore", action="store_true",
                        help="run nothing: score the findings.json and modules.json of the last run in --work "
                             "against the current labels (after adding labels)")
    parser.add_argument("--repos", default=os.path.join(HERE, "repos.tsv"))
    parser.add_argument("--labels", default=os.path.join(HERE, "labels.tsv"))
    args = parser.parse_args()

    started = time.time()
    repos = read_repos(args.repos)
    labels = read_labels(args.labels)
    listed = {(r["repo"], m) for r in repos for m, _ in r["modules"]}
    for l in labels:
        if (l.repo, l.module) not in listed:
            sys.exit(f"{args.labels}: label for {l.repo} {l.module}, a module repos.tsv does not list")
    if args.rescore:
        return rescore(args.work, labels)
    only = {o.strip() for o in args.only.split(",") if o.strip()}
    os.makedirs(os.path.join(args.work, "logs"), exist_ok=True)
    version = project_version(args.checkout)
    commit = args.revision or subprocess.run(["git", "-C", args.checkout, "rev-parse", "--short", "HEAD"],
                                             capture_output=True, text=True).stdout.strip() or "unknown"
    if not args.skip_install:
        install_plugin(args.checkout, args.m2, args.work)

    findings, modules, ran = [], [], {}
    missing_mirrors = []
    for r in repos:
        if only and r["repo"] not in only:
            continue
        git_dir = mirror_of(args.mirrors, r["repo"])
        status = None
        if not os.path.isdir(git_dir):
            status = "mirror missing"
            missing_mirrors.append(r)
        elif subprocess.run(["git", "--git-dir", git_dir, "cat-file", "-e", r["commit"] + "^{commit}"],
                            capture_output=True).returncode != 0:
            status = f"commit {r['commit'][:12]} not in the mirror"
            missing_mirrors.append(r)
        if status:
            for m, gradle in r["modules"]:
                modules.append({"repo": r["repo"], "module": m, "gradle": gradle, "status": status,
                                "handlers": None, "findings": 0})
            print(f"{r['repo']}: {status}, skipped", flush=True)
            continue
        checkout_root = os.path.join(args.work, "src", r["repo"].replace("/", "+"))
        absent = check_out(git_dir, r["commit"], checkout_root)
        print(f"{r['repo']} @ {r['commit'][:12]}" + (f" ({absent} large files absent from the snapshot)" if absent else ""),
              flush=True)
        for m, gradle in r["modules"]:
            module_dir = os.path.join(checkout_root, m)
            entry = {"repo": r["repo"], "module": m, "gradle": gradle, "handlers": None, "findings": 0}
            modules.append(entry)
            if not os.path.isdir(module_dir):
                entry["status"] = "module folder missing"
                print(f"  {m}: folder missing at this commit", flush=True)
                continue
            log = os.path.join(args.work, "logs", (r["repo"] + "/" + m).replace("/", "+") + ".log")
            if gradle and not os.path.exists(os.path.join(module_dir, "pom.xml")):
                cli_jar = os.path.join(args.checkout, "cli", "target", f"lambda-lint-cli-{version}.jar")
                code, found, handlers, how = lint_gradle(r["repo"], m, module_dir, checkout_root, cli_jar, log)
            else:
                code, found, handlers, how = lint(r["repo"], m, module_dir, checkout_root, version, args.m2, log)
            if found is None:
                entry["status"] = f"no report (mvn exit {code}; log {log})"
                print(f"  {m}: no report, mvn exit {code}; last lines of {log}:\n{tail(log, 8)}", flush=True)
                continue
            status = "ok" if code == 0 else f"ok, mvn exit {code}"
            entry.update(status=status + (f"; {how}" if how else ""), handlers=handlers, findings=len(found))
            findings += found
            ran[(r["repo"], m)] = handlers or 0
            print(f"  {m}: {len(found)} findings, {handlers} handlers", flush=True)

    result = score(labels, findings, ran)
    meta = {"version": version, "checkout": args.checkout, "commit": commit, "date": time.strftime("%Y-%m-%d"),
            "modulesRun": len(ran), "modulesListed": len(modules), "elapsed": time.time() - started}
    text = render(result, modules, meta)
    print()
    print(text)
    with open(os.path.join(args.work, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.work, "findings.json"), "w", encoding="utf-8") as f:
        json.dump([f._asdict() for f in findings], f, indent=1)
    with open(os.path.join(args.work, "modules.json"), "w", encoding="utf-8") as f:
        json.dump({"modules": modules, "meta": meta}, f, indent=1)
    print(f"written: {args.work}/results.md, {args.work}/findings.json and {args.work}/modules.json")
    if missing_mirrors:
        print("\nSome mirrors are missing. Each repository is read from a bare git mirror at "
              f"{args.mirrors}/<owner>+<name>/repo holding the pinned commit. Make one with, for example:")
        for r in missing_mirrors:
            target = mirror_of(args.mirrors, r["repo"])
            print(f"  git clone --bare https://github.com/{r['repo']}.git {target} "
                  f"&& git --git-dir={target} cat-file -e {r['commit']}")
        print("(or, in an agent session, the fetch tool with github:<owner>/<name>), then run this again.")


if __name__ == "__main__":
    main()
