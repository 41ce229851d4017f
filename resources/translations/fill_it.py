#!/usr/bin/env python3
"""Writes the Italian texts of it_texts.py into campaigndesk_it.ts.

Run after `cmake --build <dir> --target update_translations` has added new source texts; it
reports texts still without a translation, and placeholders (%1, %n) or accelerators (&) that
do not match their source.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from it_texts import BY_COMMENT, NUMERUS, TEXTS  # noqa: E402


def check(source, text):
    problems = []
    if sorted(re.findall(r"%\d|%n", source)) != sorted(re.findall(r"%\d|%n", text)):
        problems.append("placeholders differ")
    if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
        problems.append("accelerator differs")
    return problems


def main():
    path = HERE / "campaigndesk_it.ts"
    tree = ET.parse(path)
    missing, bad = [], []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = NUMERUS.get(source)
            if forms is None:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
                bad += [(source, p) for p in check(source, form)]
        else:
            comment = message.find("comment")
            key = (source, comment.text if comment is not None else None)
            text = BY_COMMENT.get(key, TEXTS.get(source))
            if text is None:
                missing.append(source)
                continue
            translation.text = text
            bad += [(source, p) for p in check(source, text)]
        translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    for source in missing:
        print("untranslated:", repr(source))
    for source, problem in bad:
        print(problem + ":", repr(source))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
