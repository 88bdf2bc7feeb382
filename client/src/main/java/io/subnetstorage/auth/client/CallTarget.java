package io.subnetstorage.auth.client;

/**
 * What a signed request is about, beyond its signer: the coldkey a miner names, the miner a validator asks
 * about, or the job and file name of a per-object upload. Each endpoint uses the parts its commitment needs.
 */
public record CallTarget(String coldkey, String miner, String jobId, String fileName) {

    public static final CallTarget NONE = new CallTarget(null, null, null, null);

    public static CallTarget coldkey(String coldkey) {
        return new CallTarget(coldkey, null, null, null);
    }

    public static CallTarget miner(String miner) {
        return new CallTarget(null, miner, null, null);
    }

    public static CallTarget file(String jobId, String fileName) {
        return new CallTarget(null, null, jobId, fileName);
    }
}
