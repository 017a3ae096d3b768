package org.imageledger.command.image;

/** The project is not a member of the image. */
public class MemberNotFound extends ImageRefused {

    MemberNotFound(String imageId, String member) {
        super(member + " not found in the member list of the image " + imageId + ".");
    }
}
