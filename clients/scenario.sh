#!/usr/bin/env bash
# Drives the real OpenStack clients (glance, openstacksdk, openstack), as Debian packages them, against
# the standalone jar, and checks every answer. Exits non-zero if any check fails.
#
# Env:
#   IMAGE_LEDGER_TOKEN  token every client sends as X-Auth-Token (default: admin-secret)
#   IMAGE_LEDGER_JAR    the jar to start (default: standalone/target/image-ledger.jar)
#   IMAGE_URL           run against this already running endpoint instead of starting the jar
#                       (e.g. http://127.0.0.1:9393 for a real Glance)
#   CLIENTS_HTTP_DEBUG=1  openstacksdk logs every request and response to stderr
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
readonly HERE
readonly TOKEN=${IMAGE_LEDGER_TOKEN:-admin-secret}
readonly JAR=${IMAGE_LEDGER_JAR:-$HERE/../standalone/target/image-ledger.jar}
readonly PYTHON=/usr/bin/python3 # Debian's interpreter: the only one that sees python3-openstacksdk
readonly HEALTH_TIMEOUT_SECONDS=180
# A second project, which images are shared with, and its token (given to the jar the script starts).
readonly MEMBER_PROJECT=b5c2e3f4a1d04e6f8a7b9c0d1e2f3a4b
readonly MEMBER_TOKEN=member-secret
RUN_ID=$(date +%s)-$$ # names and tags unique to this run: the endpoint may hold other images
readonly RUN_ID
WORK=$(mktemp -d)
readonly WORK
URL=${IMAGE_URL:-}
SERVICE_PID=
passed=0
failed=0

# --- the service -------------------------------------------------------------------------------------

free_loopback_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_service() {
    [[ -f $JAR ]] || { echo "no $JAR: build it first (mvn -B -DskipTests package)" >&2; exit 1; }
    local port
    port=$(free_loopback_port)
    URL=http://127.0.0.1:$port
    # The admin token is the one the clients send, so every check runs as an admin.
    IMAGE_LEDGER_ADMIN_TOKEN=$TOKEN IMAGE_LEDGER_TOKENS="$MEMBER_TOKEN=$MEMBER_PROJECT:member" \
        java -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
        --image-ledger.data-dir="$WORK/data" >"$WORK/service.log" 2>&1 &
    SERVICE_PID=$!
    echo "service PID $SERVICE_PID on $URL"
}

wait_until_healthy() {
    local deadline=$((SECONDS + HEALTH_TIMEOUT_SECONDS))
    until curl -fsS -H "X-Auth-Token: $TOKEN" "$URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            echo "the service exited before it was healthy:" >&2
            tail -n 40 "$WORK/service.log" >&2
            exit 1
        fi
        if ((SECONDS >= deadline)); then
            echo "the service was not UP after $HEALTH_TIMEOUT_SECONDS s:" >&2
            tail -n 40 "$WORK/service.log" >&2
            exit 1
        fi
        sleep 0.5
    done
}

# TERM first so the embedded PostgreSQL is shut down with the JVM; KILL only if it hangs.
stop_service() {
    [[ -n $SERVICE_PID ]] || return 0
    kill -TERM "$SERVICE_PID" 2>/dev/null || return 0
    local deadline=$((SECONDS + 30))
    while kill -0 "$SERVICE_PID" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    kill -KILL "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}

# The service log is shown before stopping the service, which would bury it under shutdown messages.
clean_up() {
    if ((failed)) && [[ -f $WORK/service.log ]]; then
        echo "--- last lines of the service log"
        tail -n 40 "$WORK/service.log"
    fi
    stop_service
    rm -rf "$WORK"
}

# --- checks ------------------------------------------------------------------------------------------

# check DESCRIPTION FUNCTION [ARGS...]: runs the function in a subshell with errexit on (not in a
# condition, where bash would ignore it), so any failing client call or expectation fails the check.
check() {
    local description=$1 status
    shift
    set +e
    (
        set -e
        "$@"
    ) >"$WORK/check.log" 2>&1
    status=$?
    set -e
    if ((status == 0)); then
        passed=$((passed + 1))
        echo "ok - $description"
    else
        failed=$((failed + 1))
        echo "not ok - $description"
        sed 's/^/    /' "$WORK/check.log"
    fi
}

# Checks run in subshells: what a later check needs (an image id) goes through files.
remember() { printf '%s\n' "$2" >"$WORK/remembered.$1"; }
recall() {
    [[ -f $WORK/remembered.$1 ]] || { echo "no $1: an earlier check did not get that far"; return 1; }
    cat "$WORK/remembered.$1"
}

expect_equal() { # WHAT EXPECTED ACTUAL
    [[ $2 == "$3" ]] || { echo "$1: expected '$2', got '$3'"; return 1; }
}

expect_contains() { # WHAT NEEDLE TEXT
    [[ $3 == *"$2"* ]] || { printf '%s: expected to contain %s, got:\n%s\n' "$1" "$2" "$3"; return 1; }
}

expect_lacks() { # WHAT NEEDLE TEXT
    [[ $3 != *"$2"* ]] || { printf '%s: expected not to contain %s, got:\n%s\n' "$1" "$2" "$3"; return 1; }
}

# expect_failure WHAT NEEDLE COMMAND...: the command must fail and say NEEDLE.
expect_failure() {
    local what=$1 needle=$2 output status=0
    shift 2
    output=$("$@" 2>&1) || status=$?
    ((status != 0)) || { printf '%s: expected a failure, got status 0:\n%s\n' "$what" "$output"; return 1; }
    expect_contains "$what" "$needle" "$output"
}

# Value of one Property row of the two-column table glance prints for an image.
table_value() { # TABLE PROPERTY
    awk -F'|' -v key="$2" '
        { k = $2; gsub(/^ +| +$/, "", k) }
        k == key { v = $3; gsub(/^ +| +$/, "", v); print v; exit }' <<<"$1"
}

expect_row() { # TABLE PROPERTY EXPECTED
    local actual
    actual=$(table_value "$1" "$2")
    [[ $actual == "$3" ]] || { printf "%s: expected '%s', got '%s' in:\n%s\n" "$2" "$3" "$actual" "$1"; return 1; }
}

# The ID column of a listing table, in order, on one line.
listed_ids() { # TABLE
    awk -F'|' 'NR > 3 && NF > 2 { v = $2; gsub(/ /, "", v); printf "%s%s", sep, v; sep = " " }' <<<"$1"
}

# A member of a JSON document, by dotted path; lists come sorted, as JSON.
json_value() { # DOCUMENT PATH
    "$PYTHON" -c '
import json, sys
value = json.loads(sys.argv[1])
for key in sys.argv[2].split("."):
    value = value.get(key) if isinstance(value, dict) else None
print(value if isinstance(value, str) else json.dumps(sorted(value) if isinstance(value, list) else value))
' "$1" "$2"
}

# --- glance ------------------------------------------------------------------------------------------

# A fresh HOME per call, or glance reuses the schema it cached on an earlier call; stdin closed, or
# glance uploads it as image data.
glance_cli() {
    HOME=$(mktemp -d "$WORK/home.XXXX") glance --os-image-url "$URL" --os-auth-token "$TOKEN" \
        --os-image-api-version 2 "$@" <&-
}

glance_creates_images_with_properties_and_formats() {
    local out
    out=$(glance_cli image-create --name "g-$RUN_ID-a" --disk-format qcow2 --container-format bare --min-disk 1 \
        --property os_distro=debian --property color=blue --property build="$RUN_ID")
    expect_row "$out" name "g-$RUN_ID-a"
    expect_row "$out" disk_format qcow2
    expect_row "$out" container_format bare
    expect_row "$out" min_disk 1
    expect_row "$out" os_distro debian
    expect_row "$out" color blue
    expect_row "$out" build "$RUN_ID"
    expect_row "$out" status queued
    remember glance_a "$(table_value "$out" id)"
    out=$(glance_cli image-create --name "g-$RUN_ID-b" --disk-format raw --container-format bare)
    expect_row "$out" name "g-$RUN_ID-b"
    remember glance_b "$(table_value "$out" id)"
}

glance_updates_property_min_ram_and_name() {
    local out
    out=$(glance_cli image-update "$(recall glance_a)" --property color=green --min-ram 512 --name "g-$RUN_ID-a2")
    expect_row "$out" name "g-$RUN_ID-a2"
    expect_row "$out" min_ram 512
    expect_row "$out" color green
    expect_row "$out" os_distro debian
}

glance_removes_a_property() {
    local out
    out=$(glance_cli image-update "$(recall glance_a)" --remove-property os_distro)
    expect_row "$out" os_distro ""
    expect_row "$out" color green
}

glance_adds_tags() {
    local out
    out=$(glance_cli image-tag-update "$(recall glance_a)" "g-$RUN_ID-tag")
    expect_contains "tags of a" "g-$RUN_ID-tag" "$out"
    out=$(glance_cli image-tag-update "$(recall glance_a)" "g-$RUN_ID-extra")
    expect_contains "tags of a" "g-$RUN_ID-extra" "$out"
    out=$(glance_cli image-tag-update "$(recall glance_b)" "g-$RUN_ID-tag")
    expect_contains "tags of b" "g-$RUN_ID-tag" "$out"
}

glance_lists_by_property() {
    local out
    out=$(glance_cli image-list --property-filter build="$RUN_ID")
    expect_equal "ids listed for build=$RUN_ID" "$(recall glance_a)" "$(listed_ids "$out")"
}

glance_lists_by_tag_sorted_and_limited() {
    local a b out
    a=$(recall glance_a)
    b=$(recall glance_b)
    out=$(glance_cli image-list --tag "g-$RUN_ID-tag" --sort-key name --sort-dir asc)
    expect_equal "ids by name asc" "$a $b" "$(listed_ids "$out")"
    out=$(glance_cli image-list --tag "g-$RUN_ID-tag" --sort-key name --sort-dir desc)
    expect_equal "ids by name desc" "$b $a" "$(listed_ids "$out")"
    out=$(glance_cli image-list --tag "g-$RUN_ID-tag" --sort-key name --sort-dir desc --limit 1)
    expect_equal "ids by name desc, limit 1" "$b" "$(listed_ids "$out")"
}

glance_shows_every_change() {
    local out
    out=$(glance_cli image-show "$(recall glance_a)")
    expect_row "$out" name "g-$RUN_ID-a2"
    expect_row "$out" min_ram 512
    expect_row "$out" min_disk 1
    expect_row "$out" color green
    expect_row "$out" os_distro ""
    expect_contains "tags" "g-$RUN_ID-tag" "$(table_value "$out" tags)"
    expect_contains "tags" "g-$RUN_ID-extra" "$(table_value "$out" tags)"
}

glance_deletes_a_tag() {
    local out
    glance_cli image-tag-delete "$(recall glance_a)" "g-$RUN_ID-extra"
    out=$(glance_cli image-show "$(recall glance_a)")
    expect_lacks "tags" "g-$RUN_ID-extra" "$(table_value "$out" tags)"
    expect_contains "tags" "g-$RUN_ID-tag" "$(table_value "$out" tags)"
}

# The way people type it: no --os-image-api-version, and the HOME of the check, so every call after the
# first uses the schema the first one cached (a schema advertising `stores` breaks them).
glance_as_typed() { # HOME ARGS...
    HOME=$1 glance --os-image-url "$URL" --os-auth-token "$TOKEN" "${@:2}" <&-
}

glance_works_with_a_warm_schema_cache() {
    local home out typed
    home=$(mktemp -d "$WORK/home.XXXX")
    out=$(glance_as_typed "$home" image-list --property-filter build="$RUN_ID")
    expect_equal "ids listed with a cold cache" "$(recall glance_a)" "$(listed_ids "$out")"
    [[ -s $home/.glanceclient/image_schema.json ]] || { echo "glance cached no image schema"; return 1; }
    out=$(glance_as_typed "$home" image-create --name "g-$RUN_ID-typed" --os-distro debian)
    expect_row "$out" name "g-$RUN_ID-typed"
    expect_row "$out" os_distro debian
    typed=$(table_value "$out" id)
    out=$(glance_as_typed "$home" image-list --property-filter build="$RUN_ID")
    expect_equal "ids listed with a warm cache" "$(recall glance_a)" "$(listed_ids "$out")"
    glance_as_typed "$home" image-delete "$typed"
}

glance_is_refused_with_a_wrong_token() {
    expect_failure "image-list with a wrong token" "Invalid OpenStack Identity credentials" \
        env HOME="$(mktemp -d "$WORK/home.XXXX")" glance --os-image-url "$URL" --os-auth-token "not-$TOKEN" \
        --os-image-api-version 2 image-list <&-
}

glance_uploads_and_downloads_image_data() {
    local id out
    out=$(glance_cli image-create --name "g-$RUN_ID-data" --disk-format raw --container-format bare)
    id=$(table_value "$out" id)
    glance_cli image-upload --file "$WORK/disk.img" "$id"
    out=$(glance_cli image-show "$id")
    expect_row "$out" status active
    expect_row "$out" size "$(stat -c %s "$WORK/disk.img")"
    expect_row "$out" checksum "$(md5sum <"$WORK/disk.img" | cut -d' ' -f1)"
    glance_cli image-download --file "$WORK/glance-download.img" "$id"
    cmp "$WORK/disk.img" "$WORK/glance-download.img"
    glance_cli image-delete "$id"
}

glance_shares_an_image_and_the_member_accepts() {
    local id out
    out=$(glance_cli image-create --name "g-$RUN_ID-shared" --visibility shared)
    id=$(table_value "$out" id)
    out=$(glance_cli member-create "$id" "$MEMBER_PROJECT")
    expect_contains "member-create" pending "$out"
    HOME=$(mktemp -d "$WORK/home.XXXX") glance --os-image-url "$URL" --os-auth-token "$MEMBER_TOKEN" \
        --os-image-api-version 2 member-update "$id" "$MEMBER_PROJECT" accepted <&-
    out=$(glance_cli member-list --image-id "$id")
    expect_contains "member-list" accepted "$out"
    glance_cli image-delete "$id"
}

glance_deletes_images() {
    glance_cli image-delete "$(recall glance_a)" "$(recall glance_b)"
}

glance_no_longer_shows_a_deleted_image() {
    expect_failure "image-show of a deleted image" "404" glance_cli image-show "$(recall glance_a)"
}

run_glance_part() {
    echo "# glance"
    check "glance image-create with properties and formats" glance_creates_images_with_properties_and_formats
    check "glance image-update of a property, min-ram and name" glance_updates_property_min_ram_and_name
    check "glance image-update --remove-property" glance_removes_a_property
    check "glance image-tag-update" glance_adds_tags
    check "glance image-list --property-filter" glance_lists_by_property
    check "glance image-list --tag --sort-key --sort-dir --limit" glance_lists_by_tag_sorted_and_limited
    check "glance image-show" glance_shows_every_change
    check "glance image-tag-delete" glance_deletes_a_tag
    check "glance image-upload and image-download" glance_uploads_and_downloads_image_data
    if [[ -n $SERVICE_PID ]]; then # a second project's token
        check "glance member-create, and member-update by the member" glance_shares_an_image_and_the_member_accepts
    fi
    check "glance without --os-image-api-version, warm schema cache" glance_works_with_a_warm_schema_cache
    if [[ -n $SERVICE_PID ]]; then # a noauth Glance takes any token
        check "glance with a wrong token is refused" glance_is_refused_with_a_wrong_token
    fi
    check "glance image-delete" glance_deletes_images
    check "glance image-show of a deleted image fails" glance_no_longer_shows_a_deleted_image
}

# --- openstacksdk ------------------------------------------------------------------------------------

run_sdk_part() {
    echo "# openstacksdk"
    local status=0
    HOME=$(mktemp -d "$WORK/home.XXXX") IMAGE_LEDGER_TOKEN=$TOKEN \
        "$PYTHON" "$HERE/sdk_scenario.py" "$URL" "$RUN_ID" >"$WORK/sdk.log" 2>&1 || status=$?
    cat "$WORK/sdk.log"
    local ok not_ok
    ok=$(grep -c '^ok - ' "$WORK/sdk.log" || true)
    not_ok=$(grep -c '^not ok - ' "$WORK/sdk.log" || true)
    passed=$((passed + ok))
    failed=$((failed + not_ok))
    if ((status != 0 && not_ok == 0)); then
        failed=$((failed + 1))
        echo "not ok - sdk_scenario.py exited with status $status"
    fi
}

# --- openstack CLI -----------------------------------------------------------------------------------

# admin_token: a static token, no Keystone. It takes --os-endpoint as the image endpoint itself, without
# version discovery, hence /v2. Stdin closed, or `image create` uploads it as image data.
openstack_cli() {
    HOME=$(mktemp -d "$WORK/home.XXXX") openstack --os-auth-type admin_token --os-endpoint "$URL/v2" \
        --os-token "$TOKEN" "$@" <&-
}

openstack_creates_an_image() {
    local out
    out=$(openstack_cli image create --disk-format raw --container-format bare --min-ram 64 \
        --property build="$RUN_ID" --property color=red --tag "o-$RUN_ID-tag" "o-$RUN_ID" -f json)
    expect_equal name "o-$RUN_ID" "$(json_value "$out" name)"
    expect_equal disk_format raw "$(json_value "$out" disk_format)"
    expect_equal container_format bare "$(json_value "$out" container_format)"
    expect_equal min_ram 64 "$(json_value "$out" min_ram)"
    expect_equal color red "$(json_value "$out" properties.color)"
    expect_equal build "$RUN_ID" "$(json_value "$out" properties.build)"
    expect_equal tags "[\"o-$RUN_ID-tag\"]" "$(json_value "$out" tags)"
    remember openstack_image "$(json_value "$out" id)"
}

openstack_creates_an_image_from_a_file() {
    local out id
    out=$(openstack_cli image create --file "$WORK/disk.img" "o-$RUN_ID-file" -f json)
    id=$(json_value "$out" id)
    out=$(openstack_cli image show "$id" -f json)
    expect_equal status active "$(json_value "$out" status)"
    expect_equal checksum "$(md5sum <"$WORK/disk.img" | cut -d' ' -f1)" "$(json_value "$out" checksum)"
    remember openstack_file_image "$id"
}

openstack_saves_the_same_bytes() {
    openstack_cli image save --file "$WORK/openstack-save.img" "$(recall openstack_file_image)"
    cmp "$WORK/disk.img" "$WORK/openstack-save.img"
}

# What a script does: stdin is no terminal, so the client sends it as the image's data (here none at all).
openstack_creates_an_image_with_no_terminal_on_stdin() {
    local out
    out=$(HOME=$(mktemp -d "$WORK/home.XXXX") openstack --os-auth-type admin_token --os-endpoint "$URL/v2" \
        --os-token "$TOKEN" image create "o-$RUN_ID-stdin" -f json </dev/null)
    expect_equal name "o-$RUN_ID-stdin" "$(json_value "$out" name)"
    out=$(openstack_cli image show "$(json_value "$out" id)" -f json)
    expect_equal status active "$(json_value "$out" status)"
    expect_equal size 0 "$(json_value "$out" size)"
}

# `image set --accept` takes the member's project from its Keystone token (tempest/run runs it there); with a static
# token, the SDK call it makes stands in for it.
openstack_shares_an_image_and_the_member_accepts() {
    local id out
    id=$(openstack_cli image create --share "o-$RUN_ID-shared" -f value -c id)
    out=$(openstack_cli image add project "$id" "$MEMBER_PROJECT" -f json)
    expect_equal status pending "$(json_value "$out" status)"
    HOME=$(mktemp -d "$WORK/home.XXXX") "$PYTHON" - "$URL" "$MEMBER_TOKEN" "$id" "$MEMBER_PROJECT" <<'PY'
import sys
import openstack
url, token, image, project = sys.argv[1:]
conn = openstack.connect(auth_type="admin_token", auth={"endpoint": url, "token": token},
                        image_endpoint_override=url, load_yaml_config=False, load_envvars=False)
member = conn.image.update_member(member=project, image=image, status="accepted")
assert member.status == "accepted", member
PY
    out=$(HOME=$(mktemp -d "$WORK/home.XXXX") openstack --os-auth-type admin_token --os-endpoint "$URL/v2" \
        --os-token "$MEMBER_TOKEN" image list -f value -c ID <&-)
    expect_contains "the member's image list" "$id" "$out"
}

openstack_sets_name_min_ram_property_and_tag() {
    local id out
    id=$(recall openstack_image)
    openstack_cli image set --name "o-$RUN_ID-2" --min-ram 256 --property color=purple --tag "o-$RUN_ID-extra" "$id"
    out=$(openstack_cli image show "$id" -f json)
    expect_equal name "o-$RUN_ID-2" "$(json_value "$out" name)"
    expect_equal min_ram 256 "$(json_value "$out" min_ram)"
    expect_equal color purple "$(json_value "$out" properties.color)"
    expect_equal build "$RUN_ID" "$(json_value "$out" properties.build)"
    expect_equal tags "[\"o-$RUN_ID-extra\", \"o-$RUN_ID-tag\"]" "$(json_value "$out" tags)"
}

openstack_lists_by_property() {
    expect_equal "ids listed for build=$RUN_ID" "$(recall openstack_image)" \
        "$(openstack_cli image list --property build="$RUN_ID" -f value -c ID)"
}

openstack_lists_by_tag() {
    expect_equal "ids listed for tag o-$RUN_ID-extra" "$(recall openstack_image)" \
        "$(openstack_cli image list --tag "o-$RUN_ID-extra" -f value -c ID)"
}

openstack_unsets_property_and_tag() {
    local id out
    id=$(recall openstack_image)
    openstack_cli image unset --property color --tag "o-$RUN_ID-extra" "$id"
    out=$(openstack_cli image show "$id" -f json)
    expect_equal color null "$(json_value "$out" properties.color)"
    expect_equal build "$RUN_ID" "$(json_value "$out" properties.build)"
    expect_equal tags "[\"o-$RUN_ID-tag\"]" "$(json_value "$out" tags)"
}

openstack_deletes_the_image() {
    local id
    id=$(recall openstack_image)
    openstack_cli image delete "$id"
    expect_failure "image show of a deleted image" "No Image found" openstack_cli image show "$id"
}

run_openstack_part() {
    echo "# openstack"
    check "openstack image create" openstack_creates_an_image
    check "openstack image create --file" openstack_creates_an_image_from_a_file
    check "openstack image save" openstack_saves_the_same_bytes
    check "openstack image create, no file and no terminal on stdin" openstack_creates_an_image_with_no_terminal_on_stdin
    if [[ -n $SERVICE_PID ]]; then # a second project's token
        check "openstack image add project, and the member accepts" openstack_shares_an_image_and_the_member_accepts
    fi
    check "openstack image set" openstack_sets_name_min_ram_property_and_tag
    check "openstack image list --property" openstack_lists_by_property
    check "openstack image list --tag" openstack_lists_by_tag
    check "openstack image unset" openstack_unsets_property_and_tag
    check "openstack image delete, then show fails" openstack_deletes_the_image
}

# -----------------------------------------------------------------------------------------------------

main() {
    trap clean_up EXIT
    if [[ -z $URL ]]; then
        start_service
        wait_until_healthy
    fi
    echo "clients against $URL, run $RUN_ID"
    head -c 3000000 /dev/urandom >"$WORK/disk.img" # image data, more than one buffer of every layer
    run_glance_part
    run_sdk_part
    run_openstack_part
    echo "clients: $passed passed, $failed failed"
    ((failed == 0))
}

main "$@"
