package io.spendsense;

public final class Main {
    public static void main(String[] args) {
    }
}
