/** The write API: HTTP requests translated into image commands, and their results and refusals into HTTP. */
package org.imageledger.command.web;
