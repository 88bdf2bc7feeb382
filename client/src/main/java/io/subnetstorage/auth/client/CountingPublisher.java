package io.subnetstorage.auth.client;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/** A body publisher that reports every buffer it passes on, for progress of large uploads. */
final class CountingPublisher implements Flow.Publisher<ByteBuffer> {

    private final HttpRequest.BodyPublisher delegate;
    private final String key;
    private final long total;
    private final ProgressListener listener;

    CountingPublisher(HttpRequest.BodyPublisher delegate, String key, long total, ProgressListener listener) {
        this.delegate = delegate;
        this.key = key;
        this.total = total;
        this.listener = listener;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        AtomicLong sent = new AtomicLong();
        delegate.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                int length = item.remaining();
                subscriber.onNext(item);
                listener.progress(key, sent.addAndGet(length), total);
            }

            @Override
            public void onError(Throwable throwable) {
                subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }
}
