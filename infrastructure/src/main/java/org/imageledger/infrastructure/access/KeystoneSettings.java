package org.imageledger.infrastructure.access;

import java.net.URI;
import java.time.Duration;

/**
 * Where Keystone is and who this service is to it: the service user's password credentials, scoped to a project, as
 * keystonemiddleware's {@code [keystone_authtoken]} section has them.
 *
 * @param cacheTime how long a validated token is trusted before Keystone is asked again (never past its expiry)
 */
record KeystoneSettings(
        URI url,
        String username,
        String password,
        String userDomainName,
        String projectName,
        String projectDomainName,
        Duration cacheTime) {

    KeystoneSettings {
        String root = url.toString();
        url = URI.create(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
        if (url.getPath().endsWith("/v3")) {
            url = URI.create(url.toString().substring(0, url.toString().length() - "/v3".length()));
        }
        if (username == null
                || username.isBlank()
                || password == null
                || projectName == null
                || projectName.isBlank()) {
            throw new IllegalArgumentException(
                    "Keystone authentication needs the service user's username, password and project");
        }
    }

    URI tokens() {
        return URI.create(url + "/v3/auth/tokens");
    }
}
