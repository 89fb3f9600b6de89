// A data descriptor whose set is a constrained template (std::integral), given a double: the
// constraint rejects it, and the error is descr's, not one from inside the descriptor.
// expect: wrong type for attribute | Account | balance
#include <descr/descr.hpp>

#include <concepts>

struct Cents {
  long get(auto& obj) const { return descr::getattr<"cents">(obj); }
  void set(auto& obj, std::integral auto v) const { descr::setattr<"cents">(obj, long{v}); }
};

struct Account : descr::object<Account, descr::field<"cents", long>,
                               descr::attr<"balance", Cents{}>> {};

int main() {
  Account a;
#ifdef DESCR_FAIL
  descr::setattr<"balance">(a, 2.5);
#else
  descr::setattr<"balance">(a, 250);
#endif
  return static_cast<int>(descr::getattr<"balance">(a));
}
