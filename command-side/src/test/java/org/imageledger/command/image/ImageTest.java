package org.imageledger.command.image;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.imageledger.command.image.PatchOperation.Op;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageDiskFormatChanged;
import org.imageledger.events.ImageMinRamChanged;
import org.imageledger.events.ImagePropertyRemoved;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageProtectionChanged;
import org.imageledger.events.ImageReactivated;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageTagRemoved;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageTest {

    static final String ID = "11111111-2222-3333-4444-555555555555";
    static final Caller MEMBER = new Caller("demo", Set.of(Role.MEMBER));
    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN));

    AggregateTestFixture<Image> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Image.class);
    }

    static ImageCreated created() {
        return new ImageCreated(
                ID,
                "cirros",
                "shared",
                false,
                false,
                0,
                0,
                null,
                null,
                "demo",
                Map.of("os_distro", "cirros"),
                List.of("base"));
    }

    static UpdateImage patch(PatchOperation... ops) {
        return new UpdateImage(ID, Precondition.NONE, List.of(ops), MEMBER);
    }

    static UpdateImage patchAt(Precondition precondition, PatchOperation... ops) {
        return new UpdateImage(ID, precondition, List.of(ops), MEMBER);
    }

    static PatchOperation op(Op op, String member, Object value) {
        return new PatchOperation(op, member, value);
    }

    static Matcher<Object> versionIs(long version) {
        return Matchers.predicate(r -> r instanceof ImageState s && s.version() == version);
    }

    @Test
    void createsAnImageWithItsInitialValues() {
        ImageValues values = new ImageValues(
                "cirros",
                null,
                null,
                "shared",
                false,
                0,
                0,
                "demo",
                false,
                Map.of("os_distro", "cirros"),
                List.of("base", "base"));
        fixture.givenNoPriorActivity()
                .when(new CreateImage(ID, values, MEMBER))
                .expectEvents(created())
                .expectResultMessagePayloadMatching(versionIs(0));
    }

    @Test
    void refusesCreationBeyondThePropertyLimit() {
        Map<String, String> properties = new java.util.HashMap<>();
        for (int i = 0; i <= ImageDraft.MAX_PROPERTIES; i++) {
            properties.put("k" + i, "v");
        }
        ImageValues values =
                new ImageValues(null, null, null, "shared", false, 0, 0, null, false, properties, List.of());
        fixture.givenNoPriorActivity()
                .when(new CreateImage(ID, values, MEMBER))
                .expectException(ImageRefused.class)
                .expectNoEvents();
    }

    @Test
    void emitsOneEventPerChangedFieldInOrder() {
        fixture.given(created())
                .when(patch(
                        op(Op.REPLACE, "name", "cirros-2"),
                        op(Op.ADD, "min_ram", 512L),
                        op(Op.ADD, "os_version", "0.6"),
                        op(Op.ADD, "visibility", "shared")))
                .expectEvents(
                        new ImageRenamed(ID, "cirros-2"),
                        new ImageMinRamChanged(ID, 512),
                        new ImagePropertySet(ID, "os_version", "0.6"))
                .expectResultMessagePayloadMatching(versionIs(3));
    }

    @Test
    void aChangeToTheCurrentValueEmitsNothing() {
        fixture.given(created())
                .when(patch(op(Op.REPLACE, "name", "cirros"), op(Op.ADD, "os_distro", "cirros")))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(versionIs(0));
    }

    @Test
    void laterOperationsSeeEarlierOnesOfTheSamePatch() {
        fixture.given(created())
                .when(patch(op(Op.ADD, "k", "1"), op(Op.REMOVE, "k", null)))
                .expectNoEvents();
    }

    @Test
    void replacingTheTagListAddsAndRemovesTagByTag() {
        fixture.given(created())
                .when(patch(op(Op.REPLACE, "tags", List.of("x", "base", "x"))))
                .expectEvents(new ImageTagAdded(ID, "x"));
        fixture.given(created())
                .when(patch(op(Op.REPLACE, "tags", List.of())))
                .expectEvents(new ImageTagRemoved(ID, "base"));
    }

    @Test
    void replacingAMissingPropertyConflictsAndWritesNothing() {
        fixture.given(created())
                .when(patch(op(Op.ADD, "m1", "v"), op(Op.REPLACE, "nope", "v")))
                .expectException(ImageRefused.class)
                .expectExceptionMessage("Property nope does not exist.")
                .expectNoEvents();
    }

    @Test
    void removingAPropertyEmitsItsRemoval() {
        fixture.given(created())
                .when(patch(op(Op.REMOVE, "os_distro", null)))
                .expectEvents(new ImagePropertyRemoved(ID, "os_distro"));
    }

    @Test
    void coreAttributesCannotBeRemoved() {
        fixture.given(created())
                .when(patch(op(Op.REMOVE, "name", null)))
                .expectException(ImageRefused.class)
                .expectExceptionMessage("Property name may not be removed.");
    }

    @Test
    void currentExpectedVersionApplies() {
        fixture.given(created(), new ImageRenamed(ID, "b"))
                .when(patchAt(Precondition.strict(1), op(Op.REPLACE, "min_ram", 1L)))
                .expectEvents(new ImageMinRamChanged(ID, 1))
                .expectResultMessagePayloadMatching(versionIs(2));
    }

    @Test
    void staleStrictVersionFailsEvenOnAnotherField() {
        fixture.given(created(), new ImageRenamed(ID, "b"))
                .when(patchAt(Precondition.strict(0), op(Op.REPLACE, "min_ram", 1L)))
                .expectException(VersionMismatch.class)
                .expectNoEvents();
    }

    @Test
    void staleFieldVersionMergesChangesToOtherFields() {
        fixture.given(created(), new ImageRenamed(ID, "b"))
                .when(patchAt(Precondition.fields(0), op(Op.REPLACE, "min_ram", 1L)))
                .expectEvents(new ImageMinRamChanged(ID, 1));
    }

    @Test
    void staleFieldVersionConflictsOnTheSameField() {
        fixture.given(created(), new ImageRenamed(ID, "b"))
                .when(patchAt(Precondition.fields(0), op(Op.REPLACE, "name", "c")))
                .expectException(FieldConflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("name"))
                .expectNoEvents();
    }

    @Test
    void staleFieldVersionConflictsOnTheSameTag() {
        fixture.given(created(), new ImageTagAdded(ID, "x"))
                .when(new RemoveImageTag(ID, Precondition.fields(0), "x", MEMBER))
                .expectException(FieldConflict.class)
                .expectNoEvents();
        fixture.given(created(), new ImageTagAdded(ID, "x"))
                .when(new AddImageTag(ID, Precondition.fields(0), "y", MEMBER))
                .expectEvents(new ImageTagAdded(ID, "y"));
    }

    @Test
    void expectedVersionAheadOfTheImageIsRefused() {
        fixture.given(created())
                .when(patchAt(Precondition.fields(5), op(Op.REPLACE, "name", "c")))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void addingAnExistingTagChangesNothing() {
        fixture.given(created())
                .when(new AddImageTag(ID, Precondition.NONE, "base", MEMBER))
                .expectNoEvents();
    }

    @Test
    void removingAMissingTagIsNotFound() {
        fixture.given(created())
                .when(new RemoveImageTag(ID, Precondition.NONE, "nope", MEMBER))
                .expectException(ImageRefused.class)
                .expectNoEvents();
    }

    @Test
    void protectedImagesCannotBeDeleted() {
        fixture.given(created(), new ImageProtectionChanged(ID, true))
                .when(new DeleteImage(ID, Precondition.NONE, MEMBER))
                .expectException(ImageRefused.class)
                .expectNoEvents();
    }

    @Test
    void deletesAnUnprotectedImage() {
        fixture.given(created())
                .when(new DeleteImage(ID, Precondition.NONE, MEMBER))
                .expectEvents(new ImageDeleted(ID))
                .expectMarkedDeleted();
    }

    @Test
    void staleStrictDeleteFails() {
        fixture.given(created(), new ImageVisibilityChanged(ID, "private"))
                .when(new DeleteImage(ID, Precondition.strict(0), MEMBER))
                .expectException(VersionMismatch.class)
                .expectNoEvents();
    }

    @Test
    void aQueuedImageCannotBeDeactivated() {
        fixture.given(created())
                .when(new DeactivateImage(ID, ADMIN))
                .expectException(ImageRefused.class)
                .expectExceptionMessage("Not allowed to deactivate image in status 'queued'");
    }

    @Test
    void aMemberOfTheOwningProjectDeactivatesItsImage() {
        fixture.given(created(), new ImageDeactivated(ID), new ImageReactivated(ID))
                .when(new DeactivateImage(ID, MEMBER))
                .expectEvents(new ImageDeactivated(ID));
    }

    @Test
    void aMemberOfTheOwningProjectReactivatesItsImage() {
        fixture.given(created(), new ImageDeactivated(ID))
                .when(new ReactivateImage(ID, MEMBER))
                .expectEvents(new ImageReactivated(ID));
    }

    @Test
    void aReaderOfTheOwningProjectCannotDeactivate() {
        fixture.given(created(), new ImageDeactivated(ID), new ImageReactivated(ID))
                .when(new DeactivateImage(ID, new Caller("demo", Set.of(Role.READER))))
                .expectException(ImageRefused.class)
                .expectNoEvents();
    }

    @Test
    void diskFormatIsChangeableWhileQueued() {
        fixture.given(created())
                .when(patch(op(Op.REPLACE, "disk_format", "raw")))
                .expectEvents(new ImageDiskFormatChanged(ID, "raw"));
    }

    @Test
    void membersOfAnotherProjectDoNotSeeAPrivateImage() {
        Caller stranger = new Caller("other", Set.of(Role.MEMBER));
        fixture.given(created(), new ImageVisibilityChanged(ID, "private"))
                .when(new UpdateImage(ID, Precondition.NONE, List.of(op(Op.REPLACE, "name", "x")), stranger))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void membersOfAnotherProjectMayNotChangeACommunityImage() {
        Caller stranger = new Caller("other", Set.of(Role.MEMBER));
        fixture.given(created(), new ImageVisibilityChanged(ID, "community"))
                .when(new DeleteImage(ID, Precondition.NONE, stranger))
                .expectException(ImageRefused.class)
                .expectNoEvents();
    }

    @Test
    void readersChangeNothingEvenInTheirProject() {
        Caller reader = new Caller("demo", Set.of(Role.READER));
        fixture.given(created())
                .when(new AddImageTag(ID, Precondition.NONE, "x", reader))
                .expectException(ImageRefused.class)
                .expectNoEvents();
    }

    @Test
    void onlyAnAdminMakesAnImagePublicOrGivesItAway() {
        fixture.given(created())
                .when(patch(op(Op.REPLACE, "visibility", "public")))
                .expectException(ImageRefused.class)
                .expectExceptionMessage(ImageAccess.PUBLICIZE);
        fixture.given(created())
                .when(patch(op(Op.REPLACE, "owner", "other")))
                .expectException(ImageRefused.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new UpdateImage(
                        ID,
                        Precondition.NONE,
                        List.of(op(Op.REPLACE, "visibility", "public"), op(Op.REPLACE, "owner", "other")),
                        ADMIN))
                .expectEvents(
                        new ImageVisibilityChanged(ID, "public"),
                        new org.imageledger.events.ImageOwnerChanged(ID, "other"));
    }
}
