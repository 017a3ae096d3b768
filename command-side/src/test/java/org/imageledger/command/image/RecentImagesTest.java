package org.imageledger.command.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageState;
import org.junit.jupiter.api.Test;

/** Which images leave is the cache library's choice; that the budget holds, counted by weight, is ours. */
class RecentImagesTest {

    @Test
    void imagesLeaveWhenTheBudgetIsSpent() {
        RecentImages recent = new RecentImages(3 * RecentImages.UNWEIGHED);
        recent.put("a", 1);
        recent.put("b", 2);
        recent.put("c", 3);
        assertThat((Integer) recent.get("a")).isEqualTo(1);

        recent.put("d", 4);

        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.heldBytes()).isEqualTo(3 * RecentImages.UNWEIGHED);
    }

    @Test
    void aWeighedImageCountsForWhatItsStateHolds() {
        RecentImages recent = new RecentImages(100_000);
        ImageState heavy = withBlob(4_000);
        recent.put("heavy", 1);

        recent.weigh("heavy", heavy);

        assertThat(ImageFootprint.of(heavy)).isGreaterThan(8_000);
        assertThat(recent.heldBytes()).isEqualTo(ImageFootprint.of(heavy));
        assertThat((Integer) recent.get("heavy")).isEqualTo(1);
    }

    @Test
    void aHeavyImageMakesRoomForItselfByMovingOthersOut() {
        RecentImages recent = new RecentImages(10_000);
        recent.put("small", 1);
        recent.put("older", 2);
        recent.put("heavy", 3);

        recent.weigh("heavy", withBlob(4_000));

        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.heldBytes()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void anImageHeavierThanTheWholeBudgetIsNotKept() {
        RecentImages recent = new RecentImages(10_000);
        recent.put("heavy", 1);
        recent.weigh("heavy", withBlob(10_000));
        assertThat(recent.size()).isZero();
        assertThat(recent.heldBytes()).isZero();
    }

    @Test
    void putIfAbsentKeepsWhatIsThere() {
        RecentImages recent = new RecentImages(10_000);
        assertThat(recent.putIfAbsent("a", 1)).isTrue();
        assertThat(recent.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) recent.get("a")).isEqualTo(1);
    }

    @Test
    void aBudgetOfZeroKeepsNothing() {
        RecentImages none = new RecentImages(0);
        none.put("a", 1);
        assertThat(none.containsKey("a")).isFalse();
        assertThat(none.size()).isZero();
    }

    @Test
    void removedImagesGiveTheirBytesBack() {
        RecentImages recent = new RecentImages(10_000);
        recent.put("a", 1);
        recent.weigh("a", withBlob(2_000));
        assertThat(recent.remove("a")).isTrue();
        assertThat(recent.remove("a")).isFalse();
        assertThat((Object) recent.get("a")).isNull();
        assertThat(recent.heldBytes()).isZero();
    }

    private static ImageState withBlob(int characters) {
        return ImageFootprintTest.created(Map.of("blob", "x".repeat(characters)), List.of());
    }
}
