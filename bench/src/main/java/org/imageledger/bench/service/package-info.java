/** The service under test: its process, and its HTTP API as a client sees it. */
package org.imageledger.bench.service;
