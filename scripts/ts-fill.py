#!/usr/bin/env python3
"""Fill translations into a Qt .ts file.

Usage: scripts/ts-fill.py translations/kontor_de.ts < pairs.tsv
       scripts/ts-fill.py --export other.ts > pairs.tsv   (finished entries of a .ts file;
       handy after a merge: export both sides, regenerate with lupdate, fill again)
Each input line is "<English source>\t<translation>" (as the source appears in the .ts after
XML unescaping, with "\\n" for a line break). Matching entries get the translation and lose
type="unfinished". Prints the sources that are still unfinished afterwards.
"""
import sys
import xml.etree.ElementTree as ET

if sys.argv[1] == "--export":
    for message in ET.parse(sys.argv[2]).iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        source = (message.find("source").text or "").replace("\n", "\\n")
        text = (translation.text or "").replace("\n", "\\n")
        if text:
            print(f"{source}\t{text}")
    sys.exit(0)

path = sys.argv[1]
pairs = {}
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip() or "\t" not in line:
        continue
    source, translation = line.split("\t", 1)
    pairs[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")

tree = ET.parse(path)
left = []
for message in tree.iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    if source in pairs:
        translation.text = pairs[source]
        translation.attrib.pop("type", None)
    if translation.get("type") == "unfinished":
        left.append(source)

with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    ET.indent(tree)
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
for source in left:
    print("unfinished:", source)
