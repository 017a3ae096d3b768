/** What the API offers: the version document and the JSON schemas of images and image lists. */
package org.imageledger.query.discovery;
