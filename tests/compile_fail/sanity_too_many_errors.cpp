// Sanity: the right words, but two errors: more than one is rejected.
// expect: deliberate sanity failure | Gadget | Sprocket
// reject: too-many-errors
template <class Class, class Part>
inline constexpr bool sanity_condition = false;
struct Gadget {};
struct Sprocket {};

// Inside a template, as descr's checks are: g++ then prints the condition with its arguments.
template <class Class, class Part>
void check() {
#ifdef DESCR_FAIL
  static_assert(sanity_condition<Class, Part>, "deliberate sanity failure");
  static_assert(sanity_condition<Class, Part>, "deliberate sanity failure");
#endif
}

int main() { check<Gadget, Sprocket>(); }
