/** The HTTP conventions both sides share: one error shape on every path, request ids, body limits. */
package org.imageledger.infrastructure.web;
