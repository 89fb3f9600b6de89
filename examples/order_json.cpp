// A realistic use of validated fields (order_json.py): an order with its items, loaded from JSON
// documents with <descr/json.hpp>, every error of a document reported at once with its path
// (items[2].quantity), as pydantic reports them, instead of stopping at the first. The
// validators are descr's HowTo validators; load_json sets each field through its validator,
// collects the errors, and builds nothing when there is one. dump_json writes an object back,
// keys sorted.
#include <descr/json.hpp>

#include <iostream>
#include <string>
#include <vector>

struct Item : descr::object<Item,
    descr::attr<"sku", descr::String{.minsize = 3, .maxsize = 10, .predicate = descr::isupper}>,
    descr::attr<"kind", descr::OneOf{"wood", "metal", "plastic"}>,
    descr::attr<"quantity", descr::Number<int>{.minvalue = 0, .maxvalue = 1000}>> {};

struct Order : descr::object<Order,
    descr::attr<"id", descr::Number<long long>{.minvalue = 1}>,
    descr::field<"items", std::vector<Item>>> {};

int main() {
  const char* good = R"({"id": 7, "items": [{"sku": "AB1", "kind": "wood", "quantity": 2},
                          {"sku": "XYZ", "kind": "metal", "quantity": 0}]})";
  const char* bad = R"({"id": 0, "items": [{"sku": "AB1", "kind": "wood", "quantity": 2},
                         {"sku": "xyz", "kind": "metal", "quantity": 1},
                         {"sku": "LONGER", "kind": "metle", "quantity": -5},
                         {"kind": "plastic", "quantity": "V"}]})";

  auto order = descr::load_json<Order>(good);
  std::cout << "Loaded: " << descr::dump_json(order) << '\n';
  const auto& items = descr::getattr<"items">(order);
  std::cout << "Items: " << items.size()
            << " first quantity: " << descr::getattr<"quantity">(items[0]) << '\n';
  try {
    descr::load_json<Order>(bad);
  } catch (const descr::validation_error& e) {
    std::cout << e.what() << '\n';
    std::string paths = "Paths: [";
    for (const auto& error : e.errors()) {
      if (paths.back() != '[') paths += ", ";
      paths += "'" + error.path + "'";
    }
    std::cout << paths << "]\n";
  }
}
