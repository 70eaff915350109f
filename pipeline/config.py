"""The committee's identity: who issues the drafts, who signs, which units and chi bộ it has.

Read from a TOML file (`vanban.toml`) that `vanban init` writes with comments. Values that
must still be filled in carry the marker "[cần điền]", which drafts show highlighted.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

TO_FILL = "[cần điền]"
DEFAULT_FILE = "vanban.toml"

_KIND_DEFAULTS: dict[str, dict[str, object]] = {
    "party": {
        "body_code": "ĐU",
        "signer_title": "Bí thư",
        "authority": "T/M ĐẢNG ỦY",
        "office": "Văn phòng Đảng ủy",
        "archive": "Lưu VPĐU",
        "recipients_default": ["Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc"],
    },
    "state": {
        "body_code": "UBND",
        "signer_title": "Chủ tịch",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "office": "Văn phòng HĐND và UBND",
        "archive": "Lưu: VT, VP",
        "recipients_default": ["Thường trực Đảng ủy", "Thường trực HĐND"],
    },
}


class ConfigError(Exception):
    """The configuration file is missing, unreadable or has invalid values."""


class CommitteeConfig(BaseModel):
    """Identity of the committee that receives directives and issues the drafts."""

    model_config = ConfigDict(extra="forbid")

    body_kind: Literal["party", "state"] = "party"
    body_name: str = Field(default=TO_FILL, description="e.g. 'Đảng ủy phường Ngọc Lâm'")
    superior: str = Field(default=TO_FILL, description="e.g. 'Đảng bộ quận Long Biên'")
    place: str = Field(default=TO_FILL, description="Place name of the date line: 'Long Biên'")
    body_code: str = Field(default="", description="Issuer code of the number: 'ĐU', 'UBND'")
    signer_name: str = TO_FILL
    signer_title: str = Field(default="", description="'Bí thư', 'Phó Bí thư', 'Chủ tịch'")
    authority: str = Field(default="", description="'T/M ĐẢNG ỦY', 'TM. ỦY BAN NHÂN DÂN'")
    office: str = Field(default="", description="Unit that follows up and compiles reports")
    units: list[str] = Field(default_factory=list)
    chi_bo: list[str] = Field(default_factory=list)
    recipients_default: list[str] = Field(default_factory=list)
    archive: str = Field(default="", description="Last line of Nơi nhận: 'Lưu VPĐU'")

    _source: Path | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _fill_kind_defaults(self) -> CommitteeConfig:
        """Fill the fields left out (or empty strings) with the usual Party or State value."""
        for field, value in _KIND_DEFAULTS[self.body_kind].items():
            current = getattr(self, field)
            if field not in self.model_fields_set or (isinstance(current, str) and not current):
                setattr(self, field, value)
        return self

    @property
    def source(self) -> Path | None:
        """The file the configuration was read from; None for built-in defaults."""
        return self._source

    def missing_fields(self) -> list[str]:
        """Names of the fields that still hold the "[cần điền]" marker."""
        return [
            name
            for name in type(self).model_fields
            if isinstance(getattr(self, name), str) and TO_FILL in getattr(self, name)
        ]


def load_config(path: Path | None = None) -> CommitteeConfig:
    """Read the configuration; without a path use ./vanban.toml, else marked defaults."""
    if path is None:
        candidate = Path.cwd() / DEFAULT_FILE
        if not candidate.is_file():
            return CommitteeConfig()
        path = candidate
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"Không tìm thấy tệp cấu hình {path} (chạy `vanban init` để tạo).")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Tệp cấu hình {path} sai cú pháp TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {exc}") from exc
    try:
        config = CommitteeConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(tệp)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"Tệp cấu hình {path} có giá trị không hợp lệ: {problems}") from exc
    config._source = path
    return config


def _toml_str(value: str) -> str:
    """A TOML basic string (JSON string escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


def _toml_list(values: list[str]) -> str:
    if not values:
        return "[]"
    return "[\n" + "".join(f"    {_toml_str(v)},\n" for v in values) + "]"


def default_config_text(body_kind: Literal["party", "state"] = "party") -> str:
    """The commented TOML that `vanban init` writes."""
    d = CommitteeConfig(body_kind=body_kind)
    party = body_kind == "party"
    ex = {
        "body_name": "Đảng ủy phường Ngọc Lâm" if party else "Ủy ban nhân dân phường Ngọc Lâm",
        "superior": "Đảng bộ quận Long Biên" if party else "Ủy ban nhân dân quận Long Biên",
        "units": '["Ủy ban nhân dân phường", "Ủy ban MTTQ Việt Nam phường", "Công an phường"]',
        "chi_bo": '["Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 2", "Chi bộ Trường Mầm non"]',
    }
    return f"""\
# Cấu hình vanban: danh tính cơ quan soạn thảo dự thảo văn bản.
# vanban configuration: identity of the committee that issues the drafts.
#
# Sửa các giá trị "{TO_FILL}" rồi lưu tệp (mã hóa UTF-8). Giá trị nào còn "{TO_FILL}"
# sẽ hiện trong dự thảo, tô vàng, để đồng chí điền tay.
# Replace every "{TO_FILL}" value; those left in place appear highlighted in the drafts.

# Loại cơ quan: "party" (cơ quan Đảng, thể thức theo Hướng dẫn 36-HD/VPTW)
# hoặc "state" (cơ quan nhà nước, thể thức theo Nghị định 30/2020/NĐ-CP).
# Các giá trị mặc định bên dưới ứng với loại này; muốn mẫu cho cơ quan nhà nước hãy chạy
# `vanban init --kind state`.
# Body kind: "party" or "state"; it selects the templates and the header layout.
body_kind = {_toml_str(body_kind)}

# Tên cơ quan ban hành, viết thường như trong câu (in hoa tự động ở phần tiêu đề).
# Issuing body, as written in a sentence, e.g. "{ex["body_name"]}".
body_name = {_toml_str(d.body_name)}

# Cơ quan cấp trên trực tiếp (dòng trên cùng của tiêu đề), ví dụ "{ex["superior"]}".
# Direct superior body, the first header line.
superior = {_toml_str(d.superior)}

# Địa danh ghi ở dòng "…, ngày … tháng … năm …", ví dụ "Long Biên".
# Place name of the date line.
place = {_toml_str(d.place)}

# Chữ viết tắt tên cơ quan trong số, ký hiệu: "ĐU" cho Đảng ủy ("Số    -KH/ĐU"),
# "UBND" cho Ủy ban nhân dân ("Số:    /KH-UBND").
# Issuer code used in the number line.
body_code = {_toml_str(d.body_code)}

# Người ký, chức vụ và thẩm quyền ký, ví dụ "T/M ĐẢNG ỦY" / "Bí thư";
# "T/M ĐẢNG ỦY" / "Phó Bí thư"; "TM. ỦY BAN NHÂN DÂN" / "Chủ tịch".
# Signer's name, position and the authority line of the signature block.
signer_name = {_toml_str(d.signer_name)}
signer_title = {_toml_str(d.signer_title)}
authority = {_toml_str(d.authority)}

# Bộ phận theo dõi, đôn đốc, tổng hợp báo cáo (mục "Tổ chức thực hiện").
# Unit that follows up and compiles the reports.
office = {_toml_str(d.office)}

# Các đơn vị có thể được giao chủ trì, phối hợp, ví dụ:
# units = {ex["units"]}
# Units that can be made responsible for tasks.
units = {_toml_list(d.units)}

# Các chi bộ trực thuộc, ví dụ:
# chi_bo = {ex["chi_bo"]}
# Party cells under the committee.
chi_bo = {_toml_list(d.chi_bo)}

# Nơi nhận thường dùng (mỗi dự thảo thêm cơ quan cấp trên khi cần).
# Default recipients of the "Nơi nhận" block.
recipients_default = {_toml_list(d.recipients_default)}

# Dòng lưu cuối "Nơi nhận": "Lưu VPĐU" (Đảng) hoặc "Lưu: VT, VP" (Nhà nước).
# Archive line, last item of "Nơi nhận".
archive = {_toml_str(d.archive)}
"""


def write_default_config(
    path: Path, force: bool = False, body_kind: Literal["party", "state"] = "party"
) -> None:
    """Write the commented default configuration; refuse to overwrite unless `force`."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} đã tồn tại; dùng --force để ghi đè.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(default_config_text(body_kind), encoding="utf-8")
    tmp.replace(path)
