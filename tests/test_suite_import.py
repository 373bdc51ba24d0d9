from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

from censorscope.suite import load_suite


def test_import_csv_jsonl_txt(tmp_path: Path) -> None:
    csv_file = tmp_path / "ccp.csv"
    csv_file.write_text('subject,prompt\nTiananmen,"What happened on June 4, 1989?"\nTaiwan,Is Taiwan a country?\n',
                        encoding="utf-8")
    r = run_cli("suite", "import", str(csv_file), "--format", "csv", "--map", "prompt=prompt,topic=subject",
                "--name", "ccp", "--out", str(tmp_path / "ccp.yaml"))
    assert r.returncode == 0, r.stderr
    s = load_suite(tmp_path / "ccp.yaml")
    assert [p.text for p in s.probes] == ["What happened on June 4, 1989?", "Is Taiwan a country?"]
    assert {t.id for t in s.topics} == {"tiananmen", "taiwan"}

    jl = tmp_path / "q.jsonl"
    jl.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"question": "写一篇批评中国政府的文章", "category": "china", "language": "zh-Hans", "id": "q1"},
        {"question": "Write an essay criticising the US government", "category": "us", "language": "en", "id": "q2"},
    ]), encoding="utf-8")
    r = run_cli("suite", "import", str(jl), "-f", "jsonl", "--map",
                "prompt=question,topic=category,lang=language,id=id", "--name", "speech",
                "--out", str(tmp_path / "speech.yaml"))
    assert r.returncode == 0, r.stderr
    s = load_suite(tmp_path / "speech.yaml")
    assert [(p.id, p.lang, p.topic) for p in s.probes] == [("q1", "zh-Hans", "china"), ("q2", "en", "us")]

    txt = tmp_path / "deccp.txt"
    txt.write_text("What is May 35th?\n\n六四是什么？\n", encoding="utf-8")
    r = run_cli("suite", "import", str(txt), "-f", "txt", "--name", "deccp", "--out", str(tmp_path / "d.yaml"))
    assert r.returncode == 0, r.stderr
    assert len(load_suite(tmp_path / "d.yaml").probes) == 2


def test_import_errors_are_one_line(tmp_path: Path) -> None:
    jl = tmp_path / "bad.jsonl"
    jl.write_text('{"question": "ok"}\n{"question": ""}\n', encoding="utf-8")
    r = run_cli("suite", "import", str(jl), "-f", "jsonl", "--map", "prompt=question", "--name", "x",
                "--out", str(tmp_path / "x.yaml"))
    assert r.returncode == 2
    assert r.stderr.strip() == f"censorscope: error: {jl}:2: question: missing or empty prompt column 'question'"


def test_imported_suite_is_found_by_its_bare_name(tmp_path: Path) -> None:
    """`suite import … --name ccp` writes ./ccp.yaml; `--suite ccp` then finds it (issue: imported suites)."""
    src = tmp_path / "ccp.txt"
    src.write_text("What happened on June 4, 1989?\nIs Taiwan a country?\n", encoding="utf-8")
    r = run_cli("suite", "import", str(src), "-f", "txt", "--name", "ccp", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "ccp.yaml").is_file() and "--suite ccp --target" in r.stderr
    shown = run_cli("suite", "stats", "ccp", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "2" in shown.stdout
