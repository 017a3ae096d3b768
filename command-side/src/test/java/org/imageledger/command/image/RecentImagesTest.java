package org.imageledger.command.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentImagesTest {

    @Test
    void theLeastRecentlyUsedImagesLeaveFirstWhenTheBudgetIsSpent() {
        RecentImages recent = new RecentImages(3 * RecentImages.UNWEIGHED);
        recent.put("a", 1);
        recent.put("b", 2);
        recent.put("c", 3);
        assertThat((Integer) recent.get("a")).isEqualTo(1);

        recent.put("d", 4);

        assertThat(recent.containsKey("a")).isTrue();
        assertThat(recent.containsKey("b")).isFalse();
        assertThat(recent.containsKey("c")).isTrue();
        assertThat(recent.containsKey("d")).isTrue();
        assertThat(recent.heldBytes()).isEqualTo(3 * RecentImages.UNWEIGHED);
    }

    @Test
    void aHeavyImageMakesRoomForItselfByMovingOthersOut() {
        RecentImages recent = new RecentImages(10_000);
        recent.put("small", 1);
        recent.put("older", 2);
        recent.put("heavy", 3);
        recent.get("small");

        recent.weigh("heavy", 8_000);

        assertThat(recent.containsKey("older")).isFalse();
        assertThat(recent.containsKey("small")).isTrue();
        assertThat(recent.containsKey("heavy")).isTrue();
        assertThat(recent.heldBytes()).isEqualTo(8_000 + RecentImages.UNWEIGHED);
    }

    @Test
    void anImageHeavierThanTheWholeBudgetIsNotKept() {
        RecentImages recent = new RecentImages(10_000);
        recent.put("heavy", 1);
        recent.weigh("heavy", 20_000);
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
        recent.weigh("a", 5_000);
        assertThat(recent.remove("a")).isTrue();
        assertThat(recent.remove("a")).isFalse();
        assertThat((Object) recent.get("a")).isNull();
        assertThat(recent.heldBytes()).isZero();
    }
}
