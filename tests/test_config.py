"""The committee configuration file: written by `vanban init`, read by the drafts."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pipeline.config import (
    TO_FILL,
    CommitteeConfig,
    ConfigError,
    load_config,
    write_default_config,
)

FILLED = """\
body_kind = "party"
body_name = "Đảng ủy phường Ngọc Lâm"  # cấp ủy
superior = "Đảng bộ quận Long Biên"
place = "Long Biên"
signer_name = "Nguyễn Văn An"
signer_title = "Phó Bí thư"
units = ["Ủy ban nhân dân phường", "Công an phường"]
chi_bo = ["Chi bộ Tổ dân phố số 1"]
"""


def test_default_file_is_commented_valid_toml(tmp_path):
    path = tmp_path / "vanban.toml"
    write_default_config(path)
    text = path.read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert len(comments) > 20
    assert any("Tên cơ quan ban hành" in c for c in comments)
    assert any("Issuing body" in c for c in comments)
    data = tomllib.loads(text)
    assert data["body_kind"] == "party" and data["body_name"] == TO_FILL
    config = load_config(path)
    assert config.source == path
    assert config.authority == "T/M ĐẢNG ỦY" and config.signer_title == "Bí thư"
    assert config.body_code == "ĐU" and config.archive == "Lưu VPĐU"
    assert config.missing_fields() == ["body_name", "superior", "place", "signer_name"]


def test_state_defaults(tmp_path):
    path = tmp_path / "vanban.toml"
    write_default_config(path, body_kind="state")
    config = load_config(path)
    assert config.body_kind == "state"
    assert (config.authority, config.signer_title, config.body_code) == (
        "TM. ỦY BAN NHÂN DÂN",
        "Chủ tịch",
        "UBND",
    )
    assert config.archive == "Lưu: VT, VP"


def test_init_refuses_to_overwrite_unless_forced(tmp_path):
    path = tmp_path / "vanban.toml"
    path.write_text(FILLED, encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_default_config(path)
    assert path.read_text(encoding="utf-8") == FILLED
    write_default_config(path, force=True)
    assert load_config(path).body_name == TO_FILL


def test_load_filled_file(tmp_path):
    path = tmp_path / "my.toml"
    path.write_text(FILLED, encoding="utf-8")
    config = load_config(path)
    assert config.body_name == "Đảng ủy phường Ngọc Lâm"
    assert config.signer_title == "Phó Bí thư"
    assert config.units == ["Ủy ban nhân dân phường", "Công an phường"]
    assert config.recipients_default == ["Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc"]
    assert config.missing_fields() == []


def test_no_path_uses_cwd_file_or_marked_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.source is None
    assert config.body_name == TO_FILL and config.signer_name == TO_FILL
    (tmp_path / "vanban.toml").write_text(FILLED, encoding="utf-8")
    config = load_config(None)
    assert config.source == Path.cwd() / "vanban.toml"
    assert config.place == "Long Biên"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('body_name = "thiếu dấu ngoặc', "sai cú pháp TOML"),
        ('body_nmae = "Đảng ủy"', "body_nmae"),
        ('body_kind = "chinh_quyen"', "body_kind"),
        ("units = 3", "units"),
    ],
)
def test_bad_files_raise_config_error_naming_file(tmp_path, content, message):
    path = tmp_path / "vanban.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_missing_explicit_file(tmp_path):
    with pytest.raises(ConfigError, match="vanban init"):
        load_config(tmp_path / "none.toml")


def test_empty_strings_get_kind_defaults():
    config = CommitteeConfig(body_kind="state", authority="", body_code="")
    assert config.authority == "TM. ỦY BAN NHÂN DÂN" and config.body_code == "UBND"
    assert CommitteeConfig(recipients_default=[]).recipients_default == []
