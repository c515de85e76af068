"""The partner reference data (``partners.yaml``): bundled with the project as its default."""

from __future__ import annotations

from pathlib import Path

import yaml


class ReferenceDataError(ValueError):
    pass


def read_reference_file(path: Path) -> dict:
    """Read and minimally check a partner reference file; errors say what to fix."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReferenceDataError(f"partner file {path} does not exist") from None
    except yaml.YAMLError as exc:
        raise ReferenceDataError(f"partner file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("partners"), list):
        raise ReferenceDataError(f"partner file {path} has no 'partners:' list")
    for i, partner in enumerate(data["partners"]):
        if not isinstance(partner, dict) or not partner.get("id") or not partner.get("name"):
            raise ReferenceDataError(f"partner #{i + 1} in {path} needs an 'id' and a 'name'")
        if not (partner.get("intake_address") or partner.get("intake_addresses")):
            raise ReferenceDataError(f"partner {partner['id']} in {path} has no intake_address")
    for i, row in enumerate(data.get("product_mapping") or []):
        if not all(row.get(k) for k in ("partner", "partner_sku", "article")):
            raise ReferenceDataError(
                f"product_mapping row #{i + 1} in {path} needs partner, partner_sku and article"
            )
    return data
