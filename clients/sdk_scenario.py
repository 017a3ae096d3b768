#!/usr/bin/python3
"""openstacksdk against a Glance v2 images endpoint, checking every answer.

Usage: sdk_scenario.py URL RUN_ID
The token comes from IMAGE_LEDGER_TOKEN (default admin-secret); CLIENTS_HTTP_DEBUG=1 logs every
request and response to stderr. Prints one line per check, "ok - ..." or "not ok - ...", and
exits 1 if any check fails or a call raises.
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


def ids_with_property(conn, key, value):
    # The proxy's images() refuses query keys it does not know (custom properties among them),
    # so ask the service through the proxy's own session, exactly as the proxy would.
    response = conn.image.get("/images", params={key: value})
    exceptions.raise_from_response(response)
    return [image["id"] for image in response.json()["images"]]


def exercise(conn, run_id, checks):
    name = f"s-{run_id}"
    tag = f"s-{run_id}-tag"

    image = conn.image.create_image(
        name, disk_format="qcow2", container_format="bare", os_distro="debian", sdk_run=run_id
    )
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
    image = conn.image.update_image(image, name=f"{name}-renamed", min_ram=512, sdk_run=run_id, sdk_color="green")
    checks.expect(
        "update_image returns the renamed image with min_ram and the new property",
        (f"{name}-renamed", 512, "green", run_id),
        (image.name, image.min_ram, image.properties.get("sdk_color"), image.properties.get("sdk_run")),
    )

    conn.image.add_tag(image, tag)
    checks.expect("images(tag=...) lists the tagged image", [image.id], [i.id for i in conn.image.images(tag=tag)])
    checks.expect("a custom property filter lists the image", [image.id], ids_with_property(conn, "sdk_run", run_id))

    got = conn.image.get_image(image.id)
    checks.expect(
        "get_image shows every change",
        (f"{name}-renamed", 512, "green", [tag]),
        (got.name, got.min_ram, got.properties.get("sdk_color"), got.tags),
    )

    conn.image.remove_tag(got, tag)
    checks.expect("remove_tag takes the tag off", [], conn.image.get_image(image.id).tags)

    conn.image.delete_image(image, ignore_missing=False)
    checks.expect("find_image finds nothing after delete_image", None, conn.image.find_image(image.id))


def main():
    url, run_id = sys.argv[1], sys.argv[2]
    if os.environ.get("CLIENTS_HTTP_DEBUG") == "1":
        openstack.enable_logging(debug=True, http_debug=True, stream=sys.stderr)
    checks = Checks()
    try:
        exercise(connect(url, os.environ.get("IMAGE_LEDGER_TOKEN", "admin-secret")), run_id, checks)
    except Exception as error:  # noqa: BLE001 - any client error fails the scenario, with its trace
        checks.failed += 1
        print(f"not ok - openstacksdk raised {type(error).__name__}: {error}", flush=True)
        traceback.print_exc()
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
