package org.imageledger.command.web;

import org.imageledger.events.ImageState;
import org.springframework.http.HttpHeaders;

/** An acknowledged write: the image after it and the global position of its last event. */
record Written(ImageState image, long position) {
    static final String POSITION = "Ledger-Position";

    HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag("\"" + image.version() + "\"");
        headers.set(POSITION, Long.toString(position));
        return headers;
    }
}
