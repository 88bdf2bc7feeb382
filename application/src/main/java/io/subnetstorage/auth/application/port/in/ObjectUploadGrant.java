package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.application.port.out.storage.ObjectUpload;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Duration;

/** One key's upload grant: the key, how to send it (with every signed header), and for how long. */
public record ObjectUploadGrant(ObjectKey key, ObjectUpload upload, Duration validity) {
}
