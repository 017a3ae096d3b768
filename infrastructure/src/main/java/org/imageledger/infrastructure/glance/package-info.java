/** How the Glance v2 dialect shows an image and its members: the documents both sides' controllers answer with. */
package org.imageledger.infrastructure.glance;
