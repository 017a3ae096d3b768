/** The Image aggregate: commands, the rules every change must pass, and the events it decides on. */
package org.imageledger.command.image;
