#!/usr/bin/python3
"""Writes resources/portal/common-passwords.txt: passwords people choose most often, composed
by this script from typical German and English patterns (words, names, football clubs,
keyboard walks, digit runs, each with the usual suffixes: digits, years, "!"). Our own list,
not a copy of a leaked one. Only entries of at least 10 characters are kept: shorter
passwords are refused by length anyway. Compared case-insensitively by the server.

    server/portal/make_common_passwords.py > resources/portal/common-passwords.txt
"""

WORDS = """password passwort kennwort geheim secret hallo hello welcome willkommen letmein
iloveyou ichliebedich schatz schatzi liebe love sonnenschein sunshine sommer summer winter
fruehling herbst freedom freiheit dragon drache monkey master shadow football fussball
baseball soccer princess prinzessin engel angel blume flower hase mausi maus baerchen
teddy ficken fuckyou computer internet starwars pokemon batman superman trustno1 whatever
qwerty qwertz asdf admin administrator login test tester changeme default benutzer user
deutschland germany berlin hamburg muenchen koeln frankfurt stuttgart dresden leipzig
bayern borussia schalke dortmund werder eintracht hertha bvb09 schalke04 fcbayern
michael thomas andreas stefan christian daniel alexander markus martin peter frank
sabine nicole julia anna laura lisa sarah katharina stephanie jennifer melanie claudia
jessica jasmin tobias sebastian florian matthias patrick dennis marcel kevin jan lukas
charlie buster tigger ginger pepper maggie jordan hunter ranger robert thomas william
steuer kanzlei buero office firma mandant portal kontor account konto sicher security
summer2024 football1 baseball1 starwars1 liverpool chelsea arsenal manchester barcelona
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "007",
            "69", "99", "00", "11", "2000", "#1", "."]
YEARS = [str(y) for y in range(1960, 2027)]

WALKS = """qwertzuiop qwertyuiop asdfghjkl yxcvbnm zxcvbnm 1q2w3e4r5t 1q2w3e4r5t6z 1q2w3e4r5t6y
q1w2e3r4t5 qaywsxedc qazwsxedc 1qay2wsx3edc 1qaz2wsx3edc qwertz123 qwerty123 asdfgh123
abcdefghij abcdefghijk 0987654321 9876543210 1234567890 12345678910 123456789a a123456789
1234qwer 123qwe123 password1! passwort1! 11111111111 0000000000 1111111111 1212121212
123123123123 7777777777 5555555555 123456789123 147258369147 159753159753 1029384756
""".split()


def main():
    out = set()
    for word in WORDS:
        for suffix in SUFFIXES + YEARS + ["!" + y for y in YEARS[-20:]]:
            out.add(word + suffix)
        out.add(word * 2)
        out.add("ich" + word)
        out.add("my" + word)
    for walk in WALKS:
        out.add(walk)
        for suffix in SUFFIXES:
            out.add(walk + suffix)
    for n in range(6, 15):
        out.add("".join(str(i % 10) for i in range(1, n + 1)))
    for digit in "0123456789":
        for n in range(10, 17):
            out.add(digit * n)
    kept = sorted(p.lower() for p in out if 10 <= len(p) <= 64)
    print("# Common passwords, composed by server/portal/make_common_passwords.py; one a line.")
    for p in kept:
        print(p)


if __name__ == "__main__":
    main()
