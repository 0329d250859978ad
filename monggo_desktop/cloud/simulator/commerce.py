"""Catalog, single-product and multi-product messages against the simulator's catalog.

A WABA without a connected catalog (``SimulatorConfig.catalog_id`` None, the default) cannot send them, as on
Meta, where the catalog must be connected in WhatsApp Manager first; with one, each product must be in it.
Meta documents no catalog-specific error code for these sends; the simulator answers with the generic
131009 "Parameter value is not valid".
"""

from __future__ import annotations

from typing import Any

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.config import SimulatorConfig
from monggo_desktop.cloud.simulator.params import as_list, as_obj, as_str

PRODUCTS_MAX = 30  # per multi-product message, across its sections
SECTIONS_MAX = 10
RETAILER_ID_MAX = 100  # a catalog item's id (Commerce Manager's "content ID")


def _connected(config: SimulatorConfig) -> str:
    if config.catalog_id is None:
        raise ge.invalid_value("No product catalog is connected to this WhatsApp Business Account")
    return config.catalog_id


def _catalog(action: dict[str, Any], config: SimulatorConfig) -> None:
    catalog = _connected(config)
    given = action.get("catalog_id")
    if given is None:
        raise ge.required("interactive['action']['catalog_id']")
    if str(given) != catalog:
        raise ge.invalid_value(f"Catalog {given} is not connected to this WhatsApp Business Account")


def _product(value: Any, param: str, config: SimulatorConfig) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ge.param_error(f"Param {param} must be a product retailer id")
    if len(value) > RETAILER_ID_MAX:
        raise ge.too_long(param, RETAILER_ID_MAX)
    product = value
    if product not in config.catalog_products:
        raise ge.invalid_value(f"Product {product} is not in catalog {config.catalog_id}")
    return product


def check_catalog_message(action: dict[str, Any], config: SimulatorConfig) -> None:
    """``{"name": "catalog_message", "parameters": {"thumbnail_product_retailer_id": …}}``; the thumbnail is
    optional (without it, the catalog's first product is shown)."""
    name = action.get("name")
    if name != "catalog_message":
        raise ge.param_error(f"Param interactive['action']['name'] must be 'catalog_message' - got {name!r}.")
    _connected(config)
    if action.get("parameters") is None:
        return
    parameters = as_obj(action["parameters"], "interactive['action']['parameters']")
    thumbnail = parameters.get("thumbnail_product_retailer_id")
    if thumbnail is not None:
        _product(thumbnail, "interactive['action']['parameters']['thumbnail_product_retailer_id']", config)


def check_product(action: dict[str, Any], config: SimulatorConfig) -> None:
    _catalog(action, config)
    if action.get("product_retailer_id") is None:
        raise ge.required("interactive['action']['product_retailer_id']")
    _product(action["product_retailer_id"], "interactive['action']['product_retailer_id']", config)


def check_product_list(action: dict[str, Any], config: SimulatorConfig) -> None:
    _catalog(action, config)
    sections = as_list(action.get("sections"), "interactive['action']['sections']", most=SECTIONS_MAX)
    total = 0
    for i, section in enumerate(sections):
        param = f"interactive['action']['sections'][{i}]"
        section = as_obj(section, param)
        as_str(section, "title", f"{param}['title']", most=24, need=len(sections) > 1)
        items = as_list(section.get("product_items"), f"{param}['product_items']", most=PRODUCTS_MAX)
        total += len(items)
        for j, item in enumerate(items):
            item_param = f"{param}['product_items'][{j}]"
            item = as_obj(item, item_param)
            if item.get("product_retailer_id") is None:
                raise ge.required(f"{item_param}['product_retailer_id']")
            _product(item["product_retailer_id"], f"{item_param}['product_retailer_id']", config)
    if total > PRODUCTS_MAX:
        raise ge.invalid_value(f"Total product count exceed max allowed count: {PRODUCTS_MAX} (got {total})")
