package dev.archway.account;

/** Reads a live AWS account, read-only, into an ordinary design. */
public final class AccountImport {
    private AccountImport() {
    }

    public static AccountResult read(AccountRequest request, ImportProgress progress) throws AccountException {
        throw new AccountException("Reading an AWS account is not implemented yet");
    }
}
