#!/usr/bin/env python3
"""The yardstick of bench/run: per-criterion means of assessments with PyYAML's libyaml loader.

    bench/pyyaml_scores.py RUBRIC.yaml FOLDER            one JSON line per file, in path order
    bench/pyyaml_scores.py RUBRIC.yaml FOLDER --check IIA_JSON
                                                         and compare with `iia score --format json`

What a simple script would do with the same files, on one core: load each file with CLoader, then
for every criterion of the rubric the weighted mean of the valued answers (question weight times
confidence weight times the answer's value, over the sum of the weights), and the file's score as
the mean of the critical properties' means; each rounded to two decimals, half up, as iia shows
them. Levels (harm first) are iia's own rules and are not recomputed here. With --check, every
file's means must equal those of iia's JSON, or the script names the first difference and exits 1.
"""
import json
import os
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import yaml

LOADER = yaml.CLoader


def rubric_model(path):
    with open(path, "rb") as f:
        rubric = yaml.load(f, Loader=LOADER)
    scale = {s["key"]: Fraction(str(s["value"])) for s in rubric["scale"] if "value" in s}
    confidence = {c["key"]: Fraction(str(c["weight"])) for c in rubric["confidence"]}
    criteria = []
    for section in rubric["sections"]:
        for criterion in section["criteria"]:
            questions = [(q["id"], Fraction(str(q.get("weight", 1)))) for q in criterion["questions"]]
            criteria.append((criterion["id"], "goal" not in criterion, questions))
    return scale, confidence, rubric["default-confidence"], criteria


def rounded(value):
    return None if value is None else float(Decimal(float(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def scores(model, assessment):
    scale, confidence, default, criteria = model
    answers = assessment.get("answers") or {}
    means, properties = {}, []
    for criterion, is_property, questions in criteria:
        points = weight = Fraction(0)
        for question, question_weight in questions:
            answer = answers.get(question)
            if answer is None or answer.get("impact") not in scale:
                continue
            w = question_weight * confidence[answer.get("confidence") or default]
            points += w * scale[answer["impact"]]
            weight += w
        mean = points / weight if weight else None
        means[criterion] = rounded(mean)
        if is_property and mean is not None:
            properties.append(mean)
    score = sum(properties) / len(properties) if properties else None
    return rounded(score), means


def files(folder):
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if name.endswith((".yaml", ".yml")):
                yield os.path.join(root, name)


def iia_means(path):
    """Each scored file's score and criterion means from iia's JSON, by file name."""
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    found = {}
    for entry in document["results"]:
        if entry["status"] != "scored":
            continue
        score = entry["score"]
        criteria = list(score["properties"]) + [e for goal in score["goals"] for e in goal["enablers"]]
        found[entry["file"]] = (score.get("score"), {c["id"]: c.get("score") for c in criteria})
    return found


def main(argv):
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--check"):
        sys.exit(__doc__)
    model = rubric_model(argv[1])
    expected = iia_means(argv[4]) if len(argv) == 5 else None
    out = sys.stdout
    count = 0
    for path in files(argv[2]):
        with open(path, "rb") as f:
            result = scores(model, yaml.load(f, Loader=LOADER))
        count += 1
        if expected is None:
            out.write(json.dumps({"file": path, "score": result[0], "criteria": result[1]}) + "\n")
        elif expected.get(path) != result:
            sys.exit(f"pyyaml_scores: {path}: iia has {expected.get(path)}, this script {result}")
    if expected is not None:
        if count != len(expected):
            sys.exit(f"pyyaml_scores: iia scored {len(expected)} files, this script read {count}")
        print(f"pyyaml_scores: {count} files, every score and criterion mean equal to iia's")


if __name__ == "__main__":
    main(sys.argv)
