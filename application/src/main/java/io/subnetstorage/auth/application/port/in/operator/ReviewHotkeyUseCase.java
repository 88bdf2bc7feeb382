package io.subnetstorage.auth.application.port.in.operator;

/** A hotkey's revocation state, grants and audit history. */
public interface ReviewHotkeyUseCase {

    HotkeyReview review(ReviewHotkeyQuery query);
}
