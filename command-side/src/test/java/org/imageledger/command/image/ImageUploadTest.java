package org.imageledger.command.image;

import static org.imageledger.command.image.ImageTest.ID;
import static org.imageledger.command.image.ImageTest.MEMBER;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageDataUploadFailed;
import org.imageledger.events.ImageDataUploadStarted;
import org.imageledger.events.ImageDataUploaded;
import org.imageledger.events.ImageDeleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageUploadTest {

    static final ImageData DATA = new ImageData(1024, null, "md5", "sha512", "sha512-value", "file:///images/" + ID);

    AggregateTestFixture<Image> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Image.class);
    }

    static ImageCreated queued() {
        return new ImageCreated(ID, "cirros", "shared", false, false, 0, 0, "raw", "bare", "demo", Map.of(), List.of());
    }

    static ImageDataUploaded uploaded() {
        return new ImageDataUploaded(ID, 1024, null, "md5", "sha512", "sha512-value", DATA.location());
    }

    @Test
    void aQueuedImageStartsSaving() {
        fixture.given(queued()).when(new StartImageUpload(ID, MEMBER)).expectEvents(new ImageDataUploadStarted(ID));
    }

    @Test
    void anUploadNeedsBothFormats() {
        fixture.given(ImageTest.created())
                .when(new StartImageUpload(ID, MEMBER))
                .expectNoEvents()
                .expectException(ImageRefused.class)
                .expectExceptionMessage("Properties disk_format, container_format must be set prior to saving data.");
    }

    @Test
    void anActiveImageRefusesASecondUpload() {
        fixture.given(queued(), new ImageDataUploadStarted(ID), uploaded())
                .when(new StartImageUpload(ID, MEMBER))
                .expectNoEvents()
                .expectExceptionMessage("Image status transition from active to saving is not allowed");
    }

    @Test
    void aSavingImageRefusesAnotherUpload() {
        fixture.given(queued(), new ImageDataUploadStarted(ID))
                .when(new StartImageUpload(ID, MEMBER))
                .expectNoEvents()
                .expectException(ImageRefused.class);
    }

    @Test
    void aCompletedUploadMakesTheImageActiveWithItsData() {
        fixture.given(queued(), new ImageDataUploadStarted(ID))
                .when(new CompleteImageUpload(ID, DATA))
                .expectEvents(uploaded());
    }

    @Test
    void anUploadCannotCompleteOnADeletedImage() {
        fixture.given(queued(), new ImageDataUploadStarted(ID), new ImageDeleted(ID))
                .when(new CompleteImageUpload(ID, DATA))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void aFailedUploadQueuesTheImageAgain() {
        fixture.given(queued(), new ImageDataUploadStarted(ID))
                .when(new FailImageUpload(ID, "cut"))
                .expectEvents(new ImageDataUploadFailed(ID, "cut"));
    }

    @Test
    void failingAnUploadThatEndedChangesNothing() {
        fixture.given(queued(), new ImageDataUploadStarted(ID), uploaded())
                .when(new FailImageUpload(ID, "restart"))
                .expectNoEvents();
    }
}
