package org.imageledger.command.image;

/** The project is a member of the image already. */
public class MemberAlreadyExists extends ImageRefused {

    MemberAlreadyExists(String imageId, String member) {
        super("Member " + member + " is duplicated for image " + imageId);
    }
}
