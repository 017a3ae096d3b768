#!/usr/bin/python3
"""openstacksdk against a Glance v2 images endpoint, checking every answer.

Usage: sdk_scenario.py URL RUN_ID
The token comes from IMAGE_LEDGER_TOKEN (default admin-secret); CLIENTS_HTTP_DEBUG=1 logs every
request and response to stderr. Prints one line per check, "ok - ..." or "not ok - ...", and
exits 1 if any check fails or a call raises (the other checks still run).
"""
import os
import sys
import traceback

import openstack
from openstack import exceptions


def connect(url, token):
    # admin_token: a static X-Auth-Token on every request and no Keystone. The override points the
    # image service at the root URL, from which keystoneauth discovers /v2 (GET / lists the versions).
    return openstack.connect(
        auth_type="admin_token",
        auth={"endpoint": url, "token": token},
        image_endpoint_override=url,
        load_yaml_config=False,
        load_envvars=False,
    )


class Checks:
    def __init__(self):
        self.failed = 0

    def expect(self, description, expected, actual):
        if expected == actual:
            print(f"ok - {description}", flush=True)
        else:
            self.failed += 1
            print(f"not ok - {description}: expected {expected!r}, got {actual!r}", flush=True)

    def step(self, description, call):
        """Runs one client call; if it raises, that fails the step and the scenario goes on."""
        try:
            return call()
        except Exception as error:  # noqa: BLE001 - any client error fails the step, with its trace
            self.failed += 1
            print(f"not ok - {description} raised {type(error).__name__}: {error}", flush=True)
            traceback.print_exc(file=sys.stdout)
            return None


def ids_with_property(conn, key, value):
    # The proxy's images() refuses query keys it does not know (custom properties among them),
    # so ask the service through the proxy's own session, exactly as the proxy would.
    response = conn.image.get("/images", params={key: value})
    exceptions.raise_from_response(response)
    return [image["id"] for image in response.json()["images"]]


def exercise(conn, run_id, checks):
    name = f"s-{run_id}"
    tag = f"s-{run_id}-tag"

    image = checks.step(
        "create_image",
        lambda: conn.image.create_image(
            name, disk_format="qcow2", container_format="bare", os_distro="debian", sdk_run=run_id
        ),
    )
    if image is None:
        return
    checks.expect(
        "create_image returns the image with its name and formats",
        (name, "qcow2", "bare", "queued"),
        (image.name, image.disk_format, image.container_format, image.status),
    )
    checks.expect(
        "create_image stores the custom properties",
        ("debian", run_id),
        (image.os_distro, image.properties.get("sdk_run")),
    )

    # update_image replaces the whole set of custom properties, so sdk_run is given again.
    updated = checks.step(
        "update_image",
        lambda: conn.image.update_image(
            image, name=f"{name}-renamed", min_ram=512, sdk_run=run_id, sdk_color="green"
        ),
    )
    if updated is not None:
        checks.expect(
            "update_image returns the renamed image with min_ram and the new property",
            (f"{name}-renamed", 512, "green", run_id),
            (updated.name, updated.min_ram, updated.properties.get("sdk_color"), updated.properties.get("sdk_run")),
        )

    checks.step("add_tag", lambda: conn.image.add_tag(image, tag))
    by_tag = checks.step("images(tag=...)", lambda: [i.id for i in conn.image.images(tag=tag)])
    checks.expect("images(tag=...) lists the tagged image", [image.id], by_tag)
    by_property = checks.step("a custom property filter", lambda: ids_with_property(conn, "sdk_run", run_id))
    checks.expect("a custom property filter lists the image", [image.id], by_property)

    got = checks.step("get_image", lambda: conn.image.get_image(image.id))
    if got is not None:
        checks.expect(
            "get_image shows every change",
            (f"{name}-renamed", 512, "green", [tag]),
            (got.name, got.min_ram, got.properties.get("sdk_color"), got.tags),
        )

    checks.step("remove_tag", lambda: conn.image.remove_tag(image, tag))
    untagged = checks.step("get_image after remove_tag", lambda: conn.image.get_image(image.id))
    checks.expect("remove_tag takes the tag off", [], untagged and untagged.tags)

    checks.step("delete_image", lambda: conn.image.delete_image(image, ignore_missing=False))
    checks.expect(
        "find_image finds nothing after delete_image",
        None,
        checks.step("find_image", lambda: conn.image.find_image(image.id)),
    )


def main():
    url, run_id = sys.argv[1], sys.argv[2]
    if os.environ.get("CLIENTS_HTTP_DEBUG") == "1":
        openstack.enable_logging(debug=True, http_debug=True, stream=sys.stderr)
    checks = Checks()
    conn = checks.step("connect", lambda: connect(url, os.environ.get("IMAGE_LEDGER_TOKEN", "admin-secret")))
    if conn is not None:
        exercise(conn, run_id, checks)
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
