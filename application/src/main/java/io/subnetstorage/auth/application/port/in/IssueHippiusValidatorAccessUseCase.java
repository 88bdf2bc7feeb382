package io.subnetstorage.auth.application.port.in;

/** {@code POST /get-hippius-validator-access}, signed {@code s3:hippius:validator:{timestamp}}. */
public interface IssueHippiusValidatorAccessUseCase {

    HippiusValidatorAccess issue(ValidatorCommand command);
}
